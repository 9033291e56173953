/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- assertions on parsed JSON answers */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectError"] }] */
import { describe, it, expect, afterEach } from '@jest/globals'
import { SENDER, TO, expectError, useEmulator } from './helpers.js'

const emulators = useEmulator()
afterEach(() => emulators.stopAll())

const path = `/api/users/${SENDER}/transfer-policy`

describe('transfer policy', () => {
  it('allowed: settings with the documented fields and defaults', async () => {
    const { api, emulator } = await emulators.start()
    const token = await api.token()
    const answer = await api.call('POST', path, { token, json: { recipients: [TO] } })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      data: {
        allowed: true,
        failedRecipients: [],
        settings: {
          maxRetentionPeriod: 30,
          maxTotalSize: 2147483648,
          showFileNamesDefault: true,
          showFileNamesChangeable: true,
          showZipFileContentDefault: false,
          sendDownloadNotificationsDefault: false,
          sendDownloadNotificationsChangeable: true,
          recipientNotificationEditable: true,
          confidentialMessageAllowed: true,
          confidentialMessageRequired: false,
          securityModes: [
            { name: 'ONE_TIME_PASSWORD', config: { allowedPasswordModes: ['GENERATED', 'MANUAL', 'NONE'] } }
          ]
        }
      },
      meta: {}
    })
    expect(emulator.policyChecks).toBe(1)
  })

  it('blocked recipient: allowed:false with failedRecipients POLICY_MISMATCH and no settings', async () => {
    const { api } = await emulators.start({ policy: { blockedRecipients: ['Evil@Blocked.example'] } })
    const token = await api.token()
    const answer = await api.call('POST', path, { token, json: { recipients: [TO, 'evil@blocked.example'] } })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toEqual({
      allowed: false,
      failedRecipients: [{ emailAddress: 'evil@blocked.example', reason: 'POLICY_MISMATCH' }]
    })
  })

  it('blocked sender -> 403/3010', async () => {
    const { api } = await emulators.start({ policy: { blockedSenders: ['CI-BOT@example.com'] } })
    const token = await api.token()
    expectError(await api.call('POST', path, { token, json: { recipients: [TO] } }), 403, 3010)
  })

  it('recipients must be an array of valid addresses -> 400/1004', async () => {
    const { api } = await emulators.start()
    const token = await api.token()
    expectError(await api.call('POST', path, { token, json: {} }), 400, 1004)
    expectError(await api.call('POST', path, { token, json: { recipients: TO } }), 400, 1004)
    expectError(await api.call('POST', path, { token, json: { recipients: [{ mail: TO }] } }), 400, 1004)
    expectError(await api.call('POST', path, { token, json: { recipients: ['nobody'] } }), 400, 1004)
  })

  it('reports the configured policy', async () => {
    const { api } = await emulators.start({
      policy: {
        maxTotalSize: 1000,
        maxRetentionPeriod: 7,
        allowedPasswordModes: ['MANUAL'],
        confidentialMessageAllowed: false,
        recipientNotificationEditable: false,
        showFileNamesChangeable: false,
        sendDownloadNotificationsChangeable: false
      }
    })
    const token = await api.token()
    const settings = (await api.call('POST', path, { token, json: { recipients: [TO] } })).body.data.settings
    expect(settings).toMatchObject({
      maxTotalSize: 1000,
      maxRetentionPeriod: 7,
      confidentialMessageAllowed: false,
      recipientNotificationEditable: false,
      showFileNamesChangeable: false,
      sendDownloadNotificationsChangeable: false,
      securityModes: [{ name: 'ONE_TIME_PASSWORD', config: { allowedPasswordModes: ['MANUAL'] } }]
    })
  })
})
