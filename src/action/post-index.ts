// Entry point of the post step (dist/post/index.js): clean-up and report only, never a delivery.
import { runPost } from './post.js'

await runPost()
