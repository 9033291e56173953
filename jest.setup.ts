import { afterAll } from '@jest/globals'
import nock from 'nock'

// nock must patch http before the code under test loads, and its patches are process-wide.
afterAll(() => {
  nock.cleanAll()
  nock.restore()
})
