import type { SecretLine } from './corpus-secret-lines.ts';

/**
 * Secret formats and places the first two sets did not hold, written from the formats' public
 * descriptions (gitleaks' and trufflehog's rule sets, vendors' token docs, kubeconfig, Docker and
 * npm config file formats). Values are fakes in those shapes.
 */
const PEM_B64 = 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBdGVzdGtleWRhdGE=';
const AWS_SESSION = 'IQoJb3JpZ2luX2VjEHwaCXVzLWVhc3QtMSJHMEUCIQDfakeFAKEfakeFAKEfake0123456789abcdefABCDEF/+==';

export const FORMAT_SECRET_LINES: readonly SecretLine[] = [
  { line: `users:\n- name: prowler\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=\n    client-key-data: ${PEM_B64}`, gone: ['VktLS0tLQpNSUlFb3dJQkFBS0NBUUVB'], keep: ['client-key-data', 'name: prowler'] },
  { line: `{"kubeconfig_content": "apiVersion: v1\\nclusters:\\n- cluster:\\n    server: https://10.0.0.1\\nusers:\\n- user:\\n    token: kubeBearerToken0123456789abcdef"}`, gone: ['kubeBearerToken0123456789abcdef'], keep: ['kubeconfig_content'] },
  { line: `{"auths":{"registry.example.com":{"auth":"c2Nhbm5lcjpTM2NyZXRQYXNzd29yZCE="}}}`, gone: ['c2Nhbm5lcjpTM2NyZXRQYXNzd29yZCE='], keep: ['registry.example.com'] },
  { line: `GET /api/v1/scans HTTP/1.1\r\nHost: app.example.com\r\nCookie: sessionid=8f2k3j4h5g6f7d8s9a0qwerty; csrftoken=Zx9Yw8Vu7Ts6Rq5Po4\r\nAccept: */*`, gone: ['8f2k3j4h5g6f7d8s9a0qwerty', 'Zx9Yw8Vu7Ts6Rq5Po4'], keep: ['Host: app.example.com', 'Accept'] },
  { line: `< Set-Cookie: __Host-session=QmFzZTY0U2Vzc2lvbklkMTIz; Path=/; Secure; HttpOnly`, gone: ['QmFzZTY0U2Vzc2lvbklkMTIz'], keep: ['Set-Cookie'] },
  { line: `+ curl -sf -u scanner:Pr0wl3r-pa55 https://jenkins.example.com/job/scan/build`, gone: ['Pr0wl3r-pa55'], keep: ['jenkins.example.com/job/scan/build'] },
  { line: `curl --user 'admin:W1nter2024!' -X POST https://api.example.com/v1/tokens`, gone: ['W1nter2024!'], keep: ['api.example.com/v1/tokens'] },
  { line: `notify failed: POST https://hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/abcdefGHIJKLmnopQRSTuvwx returned 404`, gone: ['abcdefGHIJKLmnopQRSTuvwx'], keep: ['hooks.slack.com', '404'] },
  { line: `webhook https://discord.com/api/webhooks/112233445566778899/AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-abcdefghijklmnopqrstuvwx timed out`, gone: ['AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789'], keep: ['discord.com', 'timed out'] },
  { line: `VAULT_TOKEN in use: hvs.CAESIJfakeFAKEfakeFAKEfake0123456789abcdefGh4KHGh2cy5mYWtl`, gone: ['CAESIJfakeFAKEfakeFAKEfake'], keep: ['VAULT_TOKEN'] },
  { line: `newrelic: license rejected for NRAK-ABCDEFGHIJKLMNOPQRSTUVWXYZ0`, gone: ['NRAK-ABCDEFGHIJKLMNOPQRSTUVWXYZ0'], keep: ['license rejected'] },
  { line: `terraform login: token 6a7b8c9d0e1f2a.atlasv1.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz01 accepted`, gone: ['atlasv1.AbCdEfGhIjKlMnOpQrSt'], keep: ['terraform login', 'accepted'] },
  { line: `databricks: Authorization failed for dapi0123456789abcdef0123456789abcdef`, gone: ['dapi0123456789abcdef0123456789abcdef'], keep: ['Authorization failed'] },
  { line: `Credentials(access_key='ASIAIOSFODNN7EXAMPLE', secret_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', token='${AWS_SESSION}')`, gone: ['wJalrXUtnFEMI', 'IQoJb3JpZ2luX2VjEHwa', 'ASIAIOSFODNN7EXAMPLE'], keep: ['Credentials(access_key='] },
  { line: `X-Amz-Security-Token missing; raw token seen in debug dump: ${AWS_SESSION}`, gone: ['IQoJb3JpZ2luX2VjEHwa'], keep: ['X-Amz-Security-Token missing'] },
  { line: `<Connection><Host>db.internal</Host><User>scan</User><Password>Xml-Pa55word!</Password></Connection>`, gone: ['Xml-Pa55word!'], keep: ['<Host>db.internal</Host>', '<User>scan</User>'] },
  { line: `<add key="StorageAccountKey" value="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu==" />`, gone: ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1'], keep: ['StorageAccountKey'] },
  { line: `SMTP_PASS=mailPa55word9 SMTP_HOST=smtp.example.com`, gone: ['mailPa55word9'], keep: ['SMTP_HOST=smtp.example.com'] },
  { line: `{"github_app_key":"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAfakefakefake\\n-----END RSA PRIVATE KEY-----\\n","github_app_id":"123456"}`, gone: ['MIIEowIBAAKCAQEAfakefakefake'], keep: ['github_app_id'] },
  { line: `POST https://scan-fn.azurewebsites.net/api/trigger?code=aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefGHIJKL== 401 Unauthorized`, gone: ['aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'], keep: ['scan-fn.azurewebsites.net/api/trigger', '401 Unauthorized'] },
  { line: `mailgun: key-0123456789abcdef0123456789abcdef rejected (401)`, gone: ['key-0123456789abcdef0123456789abcdef'], keep: ['rejected (401)'] },
  { line: `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tFakeFakeFake12345 region=cn-hangzhou`, gone: ['LTAI5tFakeFakeFake12345'], keep: ['region=cn-hangzhou'] },
  { line: `grafana: using service account token glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345_0a1b2c3d`, gone: ['glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345'], keep: ['grafana'] },
  { line: `age key: AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ`, gone: ['AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQ'], keep: ['age key'] },
  { line: `postman: PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01 expired`, gone: ['PMAK-0123456789abcdef01234567'], keep: ['expired'] },
  { line: `"env":[{"name":"DB_HOST","value":"db.internal"},{"name":"DB_PASSWORD","value":"k8s-env-Pa55"}]`, gone: ['k8s-env-Pa55'], keep: ['"value":"db.internal"', 'DB_PASSWORD'] },
  { line: `        env:\n        - name: SCANNER_API_TOKEN\n          value: yamlEnvTok3n0123456789\n        - name: LOG_LEVEL\n          value: debug`, gone: ['yamlEnvTok3n0123456789'], keep: ['value: debug', 'SCANNER_API_TOKEN'] },
  { line: `InvalidTemplateDeployment: parameters {"adminUsername":{"value":"azureuser"},"adminPassword":{"value":"ArmPa55w0rd!"}}`, gone: ['ArmPa55w0rd!'], keep: ['"value":"azureuser"', 'InvalidTemplateDeployment'] },
  { line: `ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: invalid_grant: Invalid JWT Signature. AADSTS7000215 arn:aws:iam::123456789012:role/Scan securityhub:GetFindings`, gone: [], keep: ['invalid_grant: Invalid JWT Signature', 'AADSTS7000215', 'arn:aws:iam::123456789012:role/Scan', 'securityhub:GetFindings'] },
  { line: `bypass: enabled; auth: failed; AzureCliCredential: Please run 'az login' to set up an account`, gone: [], keep: ['bypass: enabled', 'auth: failed', "AzureCliCredential: Please run 'az login'"] },
];
