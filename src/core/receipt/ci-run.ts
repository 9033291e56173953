// The CI run that sent a delivery, from the variables each CI system sets: enough to find the
// job again (its URL) and what it built (the commit). Nothing secret is read here.

type Env = Record<string, string | undefined>

export interface CiRun {
  system: 'github-actions' | 'gitlab-ci' | 'jenkins' | 'azure-pipelines' | 'bitbucket-pipelines' | 'unknown'
  /** The job's or run's page. */
  url?: string
  commit?: string
  /** GitHub: repository, run id and attempt, workflow ref; others: their project and pipeline ids. */
  details?: Record<string, string>
}

/** Only the variables that are set. */
function pick(env: Env, names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).flatMap(([key, name]) => (env[name] ? [[key, env[name]]] : [])))
}

export function ciRun(env: Env): CiRun {
  if (env.GITHUB_ACTIONS === 'true') {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = env
    return {
      system: 'github-actions',
      url:
        server && repo && run
          ? `${server}/${repo}/actions/runs/${run}${attempt ? `/attempts/${attempt}` : ''}`
          : undefined,
      commit: env.GITHUB_SHA,
      details: pick(env, {
        server: 'GITHUB_SERVER_URL',
        repository: 'GITHUB_REPOSITORY',
        runId: 'GITHUB_RUN_ID',
        runAttempt: 'GITHUB_RUN_ATTEMPT',
        workflowRef: 'GITHUB_WORKFLOW_REF',
        ref: 'GITHUB_REF'
      })
    }
  }
  if (env.GITLAB_CI === 'true')
    return {
      system: 'gitlab-ci',
      url: env.CI_JOB_URL,
      commit: env.CI_COMMIT_SHA,
      details: pick(env, {
        project: 'CI_PROJECT_PATH',
        pipelineId: 'CI_PIPELINE_ID',
        jobId: 'CI_JOB_ID',
        ref: 'CI_COMMIT_REF_NAME'
      })
    }
  if (env.TF_BUILD?.toLowerCase() === 'true') {
    const { SYSTEM_COLLECTIONURI: collection, SYSTEM_TEAMPROJECT: project, BUILD_BUILDID: build } = env
    return {
      system: 'azure-pipelines',
      url:
        collection && project && build
          ? `${collection.replace(/\/?$/, '/')}${encodeURIComponent(project)}/_build/results?buildId=${build}`
          : undefined,
      commit: env.BUILD_SOURCEVERSION,
      details: pick(env, {
        project: 'SYSTEM_TEAMPROJECT',
        buildId: 'BUILD_BUILDID',
        definition: 'BUILD_DEFINITIONNAME'
      })
    }
  }
  if (env.BITBUCKET_BUILD_NUMBER) {
    const origin = env.BITBUCKET_GIT_HTTP_ORIGIN
    return {
      system: 'bitbucket-pipelines',
      url: origin ? `${origin}/pipelines/results/${env.BITBUCKET_BUILD_NUMBER}` : undefined,
      commit: env.BITBUCKET_COMMIT,
      details: pick(env, { repository: 'BITBUCKET_REPO_FULL_NAME', buildNumber: 'BITBUCKET_BUILD_NUMBER' })
    }
  }
  if (env.JENKINS_URL || env.BUILD_URL)
    return {
      system: 'jenkins',
      url: env.BUILD_URL,
      commit: env.GIT_COMMIT,
      details: pick(env, { job: 'JOB_NAME', buildNumber: 'BUILD_NUMBER' })
    }
  return { system: 'unknown' }
}
