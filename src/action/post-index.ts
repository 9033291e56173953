// Entry point of the post step (dist/post/index.js): clean-up and report only, never a delivery.
import { run } from './post.js'

await run()
