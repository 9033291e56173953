// The pieces of the receipt that depend on the world outside: which CI run sent it (from each
// CI system's variables) and the server's API version (from GET /api/status in its forms).
import { describe, expect, it } from '@jest/globals'
import { apiVersionOf } from '../../src/core/receipt/api-version.js'
import { ciRun } from '../../src/core/receipt/ci-run.js'

describe('the CI run in the receipt', () => {
  it('finds the job again on each CI system: its URL and the commit', () => {
    expect(
      ciRun({
        GITLAB_CI: 'true',
        CI_JOB_URL: 'https://gitlab.example/g/p/-/jobs/7',
        CI_COMMIT_SHA: 'abc',
        CI_PROJECT_PATH: 'g/p'
      })
    ).toEqual({
      system: 'gitlab-ci',
      url: 'https://gitlab.example/g/p/-/jobs/7',
      commit: 'abc',
      details: { project: 'g/p' }
    })
    expect(
      ciRun({
        TF_BUILD: 'True',
        SYSTEM_COLLECTIONURI: 'https://dev.azure.com/acme/',
        SYSTEM_TEAMPROJECT: 'Release Tools',
        BUILD_BUILDID: '99',
        BUILD_SOURCEVERSION: 'def'
      })
    ).toMatchObject({
      system: 'azure-pipelines',
      url: 'https://dev.azure.com/acme/Release%20Tools/_build/results?buildId=99',
      commit: 'def'
    })
    expect(
      ciRun({
        BITBUCKET_BUILD_NUMBER: '5',
        BITBUCKET_GIT_HTTP_ORIGIN: 'https://bitbucket.org/acme/app',
        BITBUCKET_COMMIT: 'f00'
      })
    ).toMatchObject({
      system: 'bitbucket-pipelines',
      url: 'https://bitbucket.org/acme/app/pipelines/results/5',
      commit: 'f00'
    })
    expect(ciRun({ JENKINS_URL: 'https://ci/', BUILD_URL: 'https://ci/job/app/3/', GIT_COMMIT: '123' })).toMatchObject({
      system: 'jenkins',
      url: 'https://ci/job/app/3/',
      commit: '123'
    })
    expect(ciRun({ HOME: '/root' })).toEqual({ system: 'unknown' })
  })

  it('reads only the variables it names: no token of the CI makes it into the receipt', () => {
    const run = ciRun({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'a/b',
      GITHUB_TOKEN: 'ghs_secret',
      ACTIONS_RUNTIME_TOKEN: 'x'
    })
    expect(JSON.stringify(run)).not.toMatch(/ghs_secret|ACTIONS_RUNTIME/)
  })
})

describe("the server's API version", () => {
  it('the highest version listed, wrapped in data or not; unknown for anything else', () => {
    const body = {
      apiVersions: {
        uiApiVersions: [
          { major: 1, minor: 13 },
          { major: 1, minor: 9 }
        ],
        rest: [{ major: 1, minor: 15 }]
      }
    }
    expect(apiVersionOf(body)).toBe('1.15')
    expect(apiVersionOf({ data: body, meta: {} })).toBe('1.15')
    for (const odd of [
      undefined,
      null,
      'text',
      {},
      { apiVersions: 'x' },
      { apiVersions: { a: [{ major: '1', minor: 2 }] } }
    ])
      expect(apiVersionOf(odd)).toBeUndefined()
  })
})
