import type { SecretLine } from './corpus-secret-lines.ts';
/** Fresh held-back set #15: gathered 2026-12-05; formats from public sources; all values fake; written without reading the redactor. */
export const FRESH_SECRET_LINES_15: readonly SecretLine[] = [
  { line: `2026-12-05T08:12:44Z ERROR scanner.aws collect failed: InvalidClientTokenId for profile audit-prod (aws_access_key_id=AKIA6AVHH050LNX8ZF89 aws_secret_access_key=HzZB/P/z5mqrBa+ONoHZop2Orexa0Pe+ZAOb0WgR) region=eu-west-1`, gone: ['HzZB/P/z5mqrBa+ONoHZop2Orexa0Pe+ZAOb0WgR'], keep: ['InvalidClientTokenId', 'audit-prod', 'eu-west-1'], source: 'AWS CLI credentials file keys; gitleaks config/gitleaks.toml aws-access-token' },
  { line: `{"level":"error","msg":"assume-role session rejected","error":"ExpiredToken: The security token included in the request is expired","AccessKeyId":"ASIANCGE2ZJV2VW45URH","SecretAccessKey":"SlC4sGExif9wDoqUJNeDEkPiE2VBjPl2HGa/fR3/","SessionToken":"IQoJb3JpZ2luX2VjEmu7iwOzkPWjrqb7tnWvrx5PHmqLVeJKbPgFBxLpiJ2wkVPqrNZDCIS5d/7FUeG9hT2A59qFAsIrcqHacLYmv51Cej28cR/rZFNcWkPUfKqaucBI4hTnzUBq3NHMJ1qTnZ6xR9VduRGgQCCQzKDKAjzZphOgBJUwR4OZd5JbLA74aZdkOGMhwx1jXSPKdGQTLrDJwRVVKSDAH6sOqMZt6JU2APK1yAU2lKTYZNpaKquGlaAuGV8klUWaQtA1jTNF0pVTQ7Bv768X++R/xSSok8eTLTfVV3UXRInJB7ZFOzJd3","role":"arn:aws:iam::412093857710:role/ProwlerScanRole"}`, gone: ['SlC4sGExif9wDoqUJNeDEkPiE2VBjPl2HGa/fR3/', 'IQoJb3JpZ2luX2VjEmu7iwOzkPWjrqb7tnWvrx5P', '7Bv768X++R/xSSok8eTLTfVV3UXRInJB7ZFOzJd3'], keep: ['ExpiredToken', 'arn:aws:iam::412093857710:role/ProwlerScanRole'], source: 'AWS STS AssumeRole response shape (docs.aws.amazon.com)' },
  { line: `+ export AWS_SECRET_ACCESS_KEY=1kdjV6p4dKJuac/n4quhGNqE4J1bkSMphk4qdnEA
+ aws s3 ls s3://scansight-artifacts-7731 --region us-east-2
An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied`, gone: ['1kdjV6p4dKJuac/n4quhGNqE4J1bkSMphk4qdnEA'], keep: ['AccessDenied', 'ListObjectsV2', 's3://scansight-artifacts-7731'], source: 'CI shell trace with AWS env var' },
  { line: `botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. credentials=Credentials(access_key='AKIA4YXHV13D29QNHQVF', secret_key='PqI1R2L4XIr0ULmzhmHfDuv9G3Hr1W+ZKxMxkch7', token=None)`, gone: ['PqI1R2L4XIr0ULmzhmHfDuv9G3Hr1W+ZKxMxkch7'], keep: ['SignatureDoesNotMatch', 'GetCallerIdentity'], source: 'botocore Credentials repr' },
  { line: `[default]
region = ap-southeast-2
aws_access_key_id = AKIAC92ASKNDQZ4YGG9X
aws_secret_access_key = 93Kua0kQrrC+j1uovKCyBEj2o/wKxrArL0ZWalww
# loaded by prowler 4.3.1 -> error: UnrecognizedClientException`, gone: ['93Kua0kQrrC+j1uovKCyBEj2o/wKxrArL0ZWalww'], keep: ['UnrecognizedClientException', 'ap-southeast-2'], source: 'AWS shared credentials INI' },
  { line: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'c3a9e0d1-55b2-4d7e-9f11-2b8a6c0e4f73'. client_secret=X508Q~5hAyJGV8XUH24Z41Y4.jr5S8j-1Z1lpgCp Trace ID: 5b1d7f02-9c3e-4a10-8e44-71f0d2a93b00`, gone: ['X508Q~5hAyJGV8XUH24Z41Y4.jr5S8j-1Z1lpgCp'], keep: ['AADSTS7000215', 'c3a9e0d1-55b2-4d7e-9f11-2b8a6c0e4f73', '5b1d7f02-9c3e-4a10-8e44-71f0d2a93b00'], source: 'Entra ID client secret format (gitleaks azure-ad-client-secret)' },
  { line: `Microsoft.Azure.Storage.StorageException: Server failed to authenticate the request. at ConnectionString "DefaultEndpointsProtocol=https;AccountName=scanlogs0423;AccountKey=XJINEU9TSFrNcW/7z8XqSHQx4q66PiWn/BGzwXs83bGQhQdLrRvIUSZMD6ta0P9DujAn/HC2YBDpXcX9KAQx7D==;EndpointSuffix=core.windows.net" (ErrorCode: AuthenticationFailed)`, gone: ['XJINEU9TSFrNcW/7z8XqSHQx4q66PiWn/BGzwXs8', 'rRvIUSZMD6ta0P9DujAn/HC2YBDpXcX9KAQx7D=='], keep: ['AuthenticationFailed', 'AccountName=scanlogs0423'], source: 'Azure Storage connection string (learn.microsoft.com)' },
  { line: `GET https://scanlogs0423.blob.core.windows.net/exports/report.json?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=TMJh1vlkpHertP1xunqbQ3hCxYboBUBXEedzorGImIp%3D -> 403 AuthorizationPermissionMismatch`, gone: ['TMJh1vlkpHertP1xunqbQ3hCxYboBU'], keep: ['AuthorizationPermissionMismatch', 'scanlogs0423.blob.core.windows.net'], source: 'Azure SAS token URL' },
  { line: `Endpoint=sb://scansight-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=YbNR+yGXq6Mj7PKj0QuA1obTQgM8aK8Lu/1rDaQF4oT=;EntityPath=scan-results  -- Azure.Messaging.ServiceBus.ServiceBusException: Unauthorized access (UnauthorizedAccess)`, gone: ['YbNR+yGXq6Mj7PKj0QuA1obTQgM8aK8Lu/1rDaQF4oT='], keep: ['scansight-events.servicebus.windows.net', 'RootManageSharedAccessKey', 'UnauthorizedAccess'], source: 'Azure Service Bus connection string' },
  { line: `AccountEndpoint=https://scansight-cosmos.documents.azure.com:443/;AccountKey=jhh4hA90EyW28erjiAjWPmq5bor8w+r640d0aPWQNiydNuM056v5VElrsSOgYYjaJ5o9kMFuJzVeZrNmz0toLa==; Response status code does not indicate success: Unauthorized (401); Substatus: 0; ActivityId: 8e0c52a1-3f7b-4b9d-a6e2-0d41c97f5e18`, gone: ['jhh4hA90EyW28erjiAjWPmq5bor8w+r640d0aPWQ', '56v5VElrsSOgYYjaJ5o9kMFuJzVeZrNmz0toLa=='], keep: ['scansight-cosmos.documents.azure.com', '8e0c52a1-3f7b-4b9d-a6e2-0d41c97f5e18'], source: 'Cosmos DB connection string' },
  { line: `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'}) key file: {"type": "service_account", "project_id": "scansight-prod-4471", "private_key_id": "3a6adf846f5d41c361aba99f773ce3cf85487ac2", "private_key": "-----BEGIN PRIVATE KEY-----\\nQbXzHxwm/w0TKDqUieorC4WwV275tYIAJQw2OfFlsWa2RLy4NOaNixZ8NLY2sfV8\\naHSeaPrPjNwJ/jyFo+TtssE1TeQVKuxFLvyjnZsuht9O73/3GWu5U/khdm+P9iEm\\noVa+7FgzFiLBmdqRp9SFdOfFM3OhamlPoOGQVZVYserm/2x1/eINFbhHw/v9bXwc\\niNYv/AbtE6Lvqn7eIbMxCFuZoAbe2cfoHphw0jcy8pZ3jod7+sdKMiul8/jgGNsL\\nBQXS4kPuxyimkLgoB2/4hEWh43y+FSNkgBdnqxEw8qUqJLI6pEQFoM0HW25yDdX6\\nJz0R/U/CgTZzUocK74JBzQ91KQLl0IXCgPOGEQD8Oq1qRxDsQ7kBzOYk4SsuAWtT\\nF6Bb9xPjMHIxuG05I82EFEWVVKtL2SkfPFOvZE1wPuP/ZW0sWdVk72DxgvE3JoU3\\nt/uP6pAwpAHdQQbPUA8ZG+t+huG1EWgLkj8pqqlfutJubFoeKn84QYZ8M5O6rI8b\\nx0ElqaV7qUwbhTYwo70u9x3+n2ly2NmU1GN963w2aDcy/C30gMk0NhZJRn4PPGf9\\n1dBEzVfioqayBkqDCJNzcjFbJ21f1BdnhgCDx2sC91FL/B+EtLwG5wUYfiQXS2E6\\n2lRoCd8iFhenjqrxmVCGBtcHx1e6kNrVM6x7AXlbYCXDtXt3Wtttr0vXyRQjgxGw\\nDnbBv0nxTZLgkfOX4/U+4o0zMGajlZZTh8GM0LEcm5SsvC9QJVNm9/AKbHEJlu7L\\nNC+RmTicFITxBJqnmlK2Yao2+rhVtpRZxajVRMRNPMP7vvE3cgeH1K7rRjOyWofh\\nZuD2AtTXaCUam9HZM2VsXZgUzemDvAJ4Xvv4Q0+4LqEKG78FfmH01YEgK1mJBNT/\\nCTq2f+gRjy5oGUXbsAzKcyK3KG18wmBoLRUoIThkQ5Qzb/kq/np3MTn5htmZ94l6\\n7WZk4LFea9XyUg+tyywaYYPillLI5cwHIlGHQjdh4xls5YKA474SYnjxVfK6EiJ/\\nAvu04dQ7SyvKtgPUiQCU88D2CACEbK3H/YlOqFbZvw+6IafxNDAwHIyOJdqJFNZR\\nGO9PeVUG50ePup1Adde7YI32utTcgcjc7JhpGdQhOikMm1Blicd6fh1+sFWAbIr9\\nonS1zBsGYmQxdqmQ2YTRzI4x6EFVb2V31W2N0GFfWGThh6mt3i6Q3obyMDcF9a3z\\nquyI5cyKGmdiw7Jja4ipPulD/zdSfYF9GPa8QmA8qWPCaRQQrNwwKa8QZUS0ZqUc\\n-----END PRIVATE KEY-----\\n", "client_email": "prowler-scan@scansight-prod-4471.iam.gserviceaccount.com"}`, gone: ['QbXzHxwm/w0TKDqUieorC4WwV275tYIAJQw2OfFl', '/zdSfYF9GPa8QmA8qWPCaRQQrNwwKa8QZUS0ZqUc'], keep: ['invalid_grant', 'prowler-scan@scansight-prod-4471.iam.gserviceaccount.com'], source: 'GCP service-account JSON key file (cloud.google.com)' },
  { line: `W1205 09:14:03.211 maps_client.go:88] request failed: https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=AIzahCoSUsrQ8fehrqGEBw_sPcSGIhh28WSYnbv status=REQUEST_DENIED error_message="This API project is not authorized to use this API."`, gone: ['AIzahCoSUsrQ8fehrqGEBw_sPcSGIhh28WSYnbv'], keep: ['REQUEST_DENIED', 'maps_client.go:88'], source: 'Google API key (gitleaks gcp-api-key)' },
  { line: `DEBUG googleapiclient.http: Authorization: Bearer ya29.mS0v3CFMZ_HIzMol5af1BxG95qDEDHzYRZ4UP9KZ5xzE-jsy55flP1JdbsJqMiwmNxOIzV1nZnKi_NMHbTuXby071spnxvgBXkM-pIIR1wHHQmynVMJv75xWuBhrfL2sSVtQfAOQzO3M88doIpa7P_
HttpError 403 when requesting https://cloudresourcemanager.googleapis.com/v1/projects/scansight-prod-4471:getIamPolicy returned "The caller does not have permission"`, gone: ['ya29.mS0v3CFMZ_HIzMol5af1BxG95qDEDHzYRZ4', 'ynVMJv75xWuBhrfL2sSVtQfAOQzO3M88doIpa7P_'], keep: ['HttpError 403', 'scansight-prod-4471:getIamPolicy'], source: 'Google OAuth access token ya29.' },
  { line: `gcloud auth: refresh_token=1//0L7mFnlhrRxfII3ZRwQ64o9H366ZcRNPvU-CJANfCLB37NNU1Vcv0tHw3bGUg3qqPGqiA81Tzr0Tmy1SbHORP7dYl9TlYg8uae2y client_id=764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com ERROR: (gcloud.auth.application-default.print-access-token) There was a problem refreshing your current auth tokens: invalid_grant`, gone: ['1//0L7mFnlhrRxfII3ZRwQ64o9H366ZcRNPvU-CJ', 'g3qqPGqiA81Tzr0Tmy1SbHORP7dYl9TlYg8uae2y'], keep: ['764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com', 'invalid_grant'], source: 'gcloud ADC authorized_user refresh token' },
  { line: `E1205 10:02:17.551  1 reflector.go:140] k8s.io/client-go: failed to list *v1.Pod: Unauthorized; token: eyJhbGciOiJSUzI1NiIsImtpZCI6I_KDq34pFTj0vGKk3UgXbKQa480pPXEHFQUo8_hUo.eyJhdWQiOlsiaHR0cHM6Ly9rdWJlcm5ldGVzLmRlZmF1bHQuc3ZjIl001tZl9Q3m6-SvLLJK5ilsVPikDtE5GfrbObnIKjbse55Wm4ACbKc7S2yjMSvvGzn6nmw4V8mTiaA8j03whcaH3ewKJ1k34Smw0gHdkl5__sROkJe5JUqVryKYXuaN2ML00S13a6LfkW80-BHli_V6jDNV7kCQPQm97062MVowtjvx-HQkxTGz-2Gt1J9YvRQ7qFUowTOAXScX-VVFPDB-2x_7cEWXqD96dUlZrTQnpkMDCC-IjdVH2fympkqVZWVm5dLjxsnAKTMj2nLAucUcw_mCr2QSPqPmdenOUBDAoG9.4fNQP1K2iPoxDoYYbBWt2-b_WaeETMtNPqFxixwlAApy4JSi31WN04oeuPTTHjgKtMC-2sZt6AvM-xLcQgafaiLCa3uOcLdJ-0qRrkM0Y0ASzD8o4DiF0fbSdmb5s6GidH8IiS3-8DN3oKAaiGtxFxe9Oi-IMJa7d61RHgWvIueRNSFyG2DGp0I7petrDWqY8v0A-y-1F0lmLh9K1CVCuUYk6WbDnQh9u1kUpOV-_7WCF8WXFsvR0yLUT1fPNRPFV84j2ZjFjH9z6_ds5gwH6YD6K4Ky1A7J1HtfQLnnSdEpqRhVei-pGVhr9eJtnNJNdKaQuMn8LnTp7a2KHfQyzr server=https://10.96.0.1:443`, gone: ['eyJhbGciOiJSUzI1NiIsImtpZCI6I_KDq34pFTj0', 'hVei-pGVhr9eJtnNJNdKaQuMn8LnTp7a2KHfQyzr'], keep: ['reflector.go:140', 'failed to list *v1.Pod', 'https://10.96.0.1:443'], source: 'Kubernetes service-account token (JWT)' },
  { line: `kubeadm join 10.0.12.4:6443 --token c8olqw.4pf0ck38o7bhqbeb --discovery-token-ca-cert-hash sha256:5f8a2fa04db48560f806f611d69cbdf635037648fda09adb639c05dcf3eae988
error execution phase preflight: couldn't validate the identity of the API Server`, gone: ['c8olqw.4pf0ck38o7bhqbeb'], keep: ['10.0.12.4:6443', 'error execution phase preflight', '--discovery-token-ca-cert-hash sha256:'], source: 'kubeadm bootstrap token' },
  { line: `apiVersion: v1
kind: Secret
metadata:
  name: prowler-db-credentials
  namespace: scanning
type: Opaque
data:
  password: 8eJYpTdqDdFbDWIaVsFd1D9khNeXDWO7stahUDzxvVWduMNOReGe9BSx8WVdR9Q8zjmhes8MtkuOgWGXv8UzHkomN9nivYXeCVItbJ7jWpeTTW8YRtLgzeav==
# kubectl apply: error: secrets "prowler-db-credentials" is forbidden: User "ci-deployer" cannot update resource`, gone: ['8eJYpTdqDdFbDWIaVsFd1D9khNeXDWO7stahUDzx', 'UzHkomN9nivYXeCVItbJ7jWpeTTW8YRtLgzeav=='], keep: ['prowler-db-credentials', 'ci-deployer', 'is forbidden'], source: 'Kubernetes Secret manifest' },
  { line: `users:
- name: kube-admin
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tV81Enb9lh0V6tN7zQx9rcM5lrU5Dp+ZSjQo2G3ThOAOFglqYJgTjOUX5elQlD26zITdPcwGDPWGq24SLfKVtWC9yG3zy26NdnTbtm+tdi8rJ+Tlc4yQu5zv+bk68Ruz6JaPN9RCC5fIjvq2FOpFbYinoDyN0a81vqYcnd0yxEek7lMG5LpNZ/kPYFE3W8n/cf/UxTONB
    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo2qFrtdlPf9JfPZA/GYCn9rrz2XC8Fjqy6Ny7KjvKQ3LrUxkfPuIW0F41GsRWfavfYLCEM4N75+bhn3qwSyNXweKYAzhsSiCJ33ReFUSm9k69QO0EJ5aIF84F8dCneZZ9j1txDO+/y4ee4YENsPqtHlj9JktyPws+GzzhUgmwjnt0//YOsnnH6xLv+7slnGtLdsHo28/yrahkxh5Czoic/6ry9CncYGeeQeToUD/tEOzYaPB8oggK+v2jfZlrZGsLHZJn+YjC4TEFkx4oxBqlh/qXMNuvYpS839CUHzmPBohu9vf7n3KTDwTH//8N9260A2Jk06lo4hdc4u/XQ+pVKekOI6jdn81/6Ioc99cHMJma11Zz4+J/CvClbDwVX2MQg7NGIMvNLFRIHAflR78wvFbAVZtef8NBtulnH+Yi9UNq+ATCKZQDRoQHBoLLhFUADzMrPgzYswWynR2idtFdvy+Nv0vucp/s85RVKR8eE+FxuHMii8tgkhFVoCKDfCzFkvPpeYDjyrFuUMIpchCJraIOMiJ5zMJ22OQOu9fMwEH53QCyK0B2qqYrFjrH+c3KeSi+xk7QYgFudU7XXSP92D64Ja4zuM/Y86bgATkcAfKR30yTC64DNCHMzvI8QPwDoO19QhrXHQHFj8BjuHhNIPnX8VymxVOVdfkjRLGhUHUPV8qfFxn7X1wP/JMi4Mgjm+tFZH59j1J9+bVQ349gqwqHBdku3EjxQAr9XwcqHENn/h8XjXu3ZvIpkiYm4M6vb0fMq6TPlAYp2lr8rCDvd0U1UxHP3x1mYldnLJo7SljNWVkUAeTS8llyfqxU2YNvjUAI7dRIeJcbIVU/XuY7OdCdMdgPrYG5OaL/CJWA6liERotSSNt7CCi88nMEHpmEZMPJZQ6OFaY1oKqp2V0gaDU83CXEfTNcicNcB/4cPeiQwHztCX/5FAWZZ2BOTjZOOY0JCBZ8tqfciA6nToR75hwK2GiND6zw6NnscNRiVFwpzW8ZxBTjE85sCmNYzbxGCGlnHDeCmtBahx8MZ8yrEjaZPWZMq+UWD0zOXJB1yQw4ugpXALiIBEnoNb+/NwOEIuwew2Cs4ymoVhxYw7AQzZA1LwXYGzlyQ2kWwVkWNLH1B6k42I0uExzSoQFDdjkUE1Yc/yE7ohqmggtsZCAUipJmruzaBnDu9H9QiWJPJMztQM2/NUp6OyGonPjYo6HPKgoE6chBj7uLoKLrmx+wfF7wcG8zE1s3Vt2VEedCqQ7gKj50U75GOVx4gkCB2MnHKhH/7AHg8b2jivhCDIQS4BppCBdbjN6EGk4li2yC8wvZkIlr4Fq0/0i4G8JYg++/atFJPolv1+eTjV4thfnYtLz0afhY+uEjS6kXyVFhj3N6XzJ/EqZH0PLskAY8TQ8rZDI8eO6BACCx4VXI/yM0/WTY8r8shBztd1im7D8I1hMIFrRHQmeQl4/uFijnPoR8jK1zc6uYShGjLduwK62AXiks68rUWF12LJJSdF1meoOCkzpcb2D/CnAMmJkf9fUkM/ukYUwAdQIFnDY3bAR7alVcEvPw9MudWbgw+FXBtOxre+vXik1S5x2zTr5QCVH88H/vau0J21F0m3lWn+r8VoHU7S/4/ddtaX28tTDnJfd6CAsvhVDjcz9wvu0gKuuTfRw6vCkXjynv73zY5embstHFVOIVLOYAA7Dd24F+acWGAV6lDG1JxgqgUWfbv/ZFtyI9hrXLu1JZtJU8u5OyIwKoieBWqQA+asAqzD9XSg7pcFsRyT8iocZgPCOEiSTRDQ1772jAsLQv18Yl4PxlIf/JSkK4ornEahFIcmpIYSj8aroOWMzOpc04Jz51Djr3DuMPDaGovZIsraA+5laEyej9uag/JVNo1Yle7KpUNgHNtmt73G0rmeA0ni2RtR8sLgzKqgRUrbjeK59XWBsTtFSYrxAsHPOm9Tg/atKdI5weG1XTmga+2UGUFoa9T6L1sL+PQJjFLkvBME/1
Unable to connect to the server: x509: certificate has expired or is not yet valid`, gone: ['LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo2qFrtdl', 'I5weG1XTmga+2UGUFoa9T6L1sL+PQJjFLkvBME/1'], keep: ['kube-admin', 'x509: certificate has expired'], source: 'kubeconfig client-key-data' },
  { line: `[M365] Graph call GET https://graph.microsoft.com/v1.0/users?$top=999 failed 401 InvalidAuthenticationToken "Access token has expired or is not yet valid." headers={"Authorization":"Bearer eyJ0eXAiOiJKV1QiLCJub25jZSI6ICyZ5JnjWkweZ4Kj61iLuAUG_QDJ6uwoZbCwlGQq1yrDFMuXsA_UK6gN9qeyP.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20iim0ZaRYpREkdNJbfF63fLz_emF-kEDNBQeBiu_VUJEyMSKlHfsJYmoMGWb3HfyKcQzrDoY1HMNEBEY_i186Kg58JJBlhlvi2gyJpAUPG15MHqlYta909ba6wtRdGECofW9qVMGe6WIgKBW-oOyPHH3lJpLLQ-nVUccRUL333_YD7EK4KE2e8-JbpOIjkql9AioerdhmADerIGKf3LxPxX2zRMlbLu7fkcTdC_AeTvhdigE4GV93prBk53DzUeEnqUemJQC4qJEWHyi_mcMXFui09ZStdAepQjy44W-m5PW-eBeztZhNllAMg0AwJe0k5hA9-G7ChiVI89hHt2Vx6NJ0yOoSSExajGJ4-NFCpra8UC3nFUc_v3UrZxLYzMOWyTVxlK-uoA3oZufrglys-6HP8DL6sxCgHcwPvTJ_1EBDoa3VZMqQvk74gehFgBarVkLtXEdZW8jaDf9KcDEADMplDpCehEZDLqbVFEIo000FopSyjrMsvPT_UP4zOQvP80C2Afdg7bt0YBvqAp3CxVUwp26tnMgoHWmC32zPTD-E4iY4ZadN5__sAcRSM_pdbvqrLAGnuTj2mkWvrt6cKbqAj.jRWoHIrtyTRbNZ20FOC7DFen347Nf04Ho9wyFQKMWQ5pi0pY2gMUe-JVi6pN8sxMbXxyq355N2jypYx8xsAkUC3vSi1ojsWyHF5dfZ4r4zFx8fRvnZw0oj0m28I-o0UPkYjU616Q0ClXKNHrUe1KKeI3nGyEnUn7Fxr7tJvvRuxdrvWoD-9EKlM43WU-FINUSeFR6Nwk8e9tEMld9HKT528p2io0TIlWVNnqlGHEu0bkHItAzsaGLq7XZkLi3uITan57RYiNXYz0W_E7bQB6U5THv-Hyag2DZ8SyaEB9mz-fr8rkB1p0-Cdkcp-Aq1LhwmuvLId-JsLG3tYY7hsW6g","client-request-id":"f2a7c1d9-0b63-4e85-9d2a-6c3e1b7f4a08"}`, gone: ['eyJ0eXAiOiJKV1QiLCJub25jZSI6ICyZ5JnjWkwe', 'rkB1p0-Cdkcp-Aq1LhwmuvLId-JsLG3tYY7hsW6g'], keep: ['InvalidAuthenticationToken', 'f2a7c1d9-0b63-4e85-9d2a-6c3e1b7f4a08'], source: 'Microsoft Graph bearer token' },
  { line: `Connect-ExchangeOnline : AADSTS50126: Error validating credentials due to invalid username or password. At line:3 char:1 + $cred = New-Object PSCredential('svc-audit@contoso-scan.onmicrosoft.com', (ConvertTo-SecureString 'Wint3r!DpodXp1Ab#' -AsPlainText -Force))`, gone: ['Wint3r!DpodXp1Ab#'], keep: ['AADSTS50126', 'svc-audit@contoso-scan.onmicrosoft.com'], source: 'PowerShell ConvertTo-SecureString plaintext' },
  { line: `notify-teams: POST https://contoso-scan.webhook.office.com/webhookb2/4f0e9c2a-7b1d-4a3e-8c55-30478af1e007@9b2c6d1e-3a4f-4e8b-b0c7-f2e723cd67fd/IncomingWebhook/e2e899396b2a281a5d12c493cccb264c/6e1fb4a3-ea7c-4f82-ac17-081f52986b71/V2ES1zF4VPlv8eepiz1EwolHDN4nh29Z4dRe7ie5fiZSJpN -> 400 Bad Request "Webhook Bad Request - Null or empty event"`, gone: ['/IncomingWebhook/e2e899396b2a281a5d12c493cccb264c/', '4VPlv8eepiz1EwolHDN4nh29Z4dRe7ie5fiZSJpN'], keep: ['notify-teams', 'Webhook Bad Request'], source: 'Microsoft Teams incoming webhook URL (gitleaks microsoft-teams-webhook)' },
  { line: `remote: Invalid username or token. Password authentication is not supported for Git operations.
fatal: Authentication failed for 'https://x-access-token:ghp_XkkTEITLJNFEpkrWY2HFUH68nUYbA4buTJd0@github.com/scansight/prowler-rules.git/'`, gone: ['ghp_XkkTEITLJNFEpkrWY2HFUH68nUYbA4buTJd0'], keep: ['Authentication failed', 'github.com/scansight/prowler-rules.git'], source: 'GitHub PAT classic ghp_ (docs.github.com token formats)' },
  { line: `{"time":"2026-12-05T11:20:03Z","level":"ERROR","component":"github-scan","status":401,"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","token":"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","org":"scansight"}`, gone: ['github_pat_11RM834X0STX815TQ1QLSH_YBH71y', 'DrvjCl4ZisOE9l9qh4NPXb5TRnwt4e1Una7y55Vk'], keep: ['Bad credentials', 'github-scan', 'https://docs.github.com/rest'], source: 'GitHub fine-grained PAT github_pat_' },
  { line: `Run actions/checkout@v4
  with:
    token: ghs_cDrd901PF8CHgPcY01ZU5bdfdgmrhkcxKSmr
Error: fatal: could not read Username for 'https://github.com': terminal prompts disabled (exit code 128)`, gone: ['ghs_cDrd901PF8CHgPcY01ZU5bdfdgmrhkcxKSmr'], keep: ['actions/checkout@v4', 'exit code 128'], source: 'GitHub Actions installation token ghs_' },
  { line: `gh: HTTP 401: Bad credentials (https://api.github.com/graphql)
hosts.yml: github.com:
    oauth_token: gho_kn2k9Qag3Vtc72ODlKxyLXRx5QjwIecU9By9
    user: dana-secops
    git_protocol: https`, gone: ['gho_kn2k9Qag3Vtc72ODlKxyLXRx5QjwIecU9By9'], keep: ['HTTP 401: Bad credentials', 'dana-secops'], source: 'gh CLI hosts.yml gho_ token' },
  { line: `octokit RequestError [HttpError]: refresh token is invalid at /app/node_modules/@octokit/request/dist-node/index.js:112:21 { status: 400, request: { body: '{"refresh_token":"ghr_3V5ANx8IplHnNtrAtJqcUHwpwYPO76EgfhKulChqLTwg7bMVePL0O6ri5tZLqpMESSjEPVcRgKIW","grant_type":"refresh_token"}' } }`, gone: ['ghr_3V5ANx8IplHnNtrAtJqcUHwpwYPO76EgfhKu', 'lChqLTwg7bMVePL0O6ri5tZLqpMESSjEPVcRgKIW'], keep: ['RequestError [HttpError]', '@octokit/request/dist-node/index.js:112:21'], source: 'GitHub refresh token ghr_' },
  { line: `slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage) The server responded with: {'ok': False, 'error': 'invalid_auth'} token=xoxb-820050867054-1304611688147-fUx0UNT8bfxXNX8PflS7oq6F`, gone: ['xoxb-820050867054-1304611688147-fUx0UNT8bfxXNX8PflS7oq6F'], keep: ['SlackApiError', 'invalid_auth', 'chat.postMessage'], source: 'gitleaks rule slack-bot-token' },
  { line: `[scan-notifier] 2026-12-05 12:01:55 WARN webhook https://hooks.slack.com/services/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 returned 404 no_service; channel=#sec-alerts`, gone: ['QCRP/B0175WG0ON/BOFifCLAuEVx9tsLeBuDAMhM'], keep: ['no_service', '#sec-alerts'], source: 'gitleaks rule slack-webhook-url' },
  { line: `Stripe::AuthenticationError: Invalid API Key provided: 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
  from /usr/local/bundle/gems/stripe-10.1.0/lib/stripe/stripe_client.rb:689:in 'handle_error_response'`, gone: ['sk_live_eS905FJaRTkUFC7fITegZvvfevSIK9Ec', '44g9244kyNZyCnl6lYoZp11o0HWZ7pHwgHB2rqCl'], keep: ['Stripe::AuthenticationError', 'stripe_client.rb:689'], source: 'gitleaks rule stripe-access-token' },
  { line: `STRIPE_RESTRICTED_KEY=rk_live_DZfXovTreCwPvt7Hqrjw58Xu node billing-sync.js
Error: StripePermissionError: The provided key does not have the required permissions for this endpoint (request req_kts4QALvVf0yfa)`, gone: ['rk_live_DZfXovTreCwPvt7Hqrjw58Xu'], keep: ['StripePermissionError', 'billing-sync.js'], source: 'Stripe restricted key rk_live_' },
  { line: `twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate (code 20003) account_sid=AC4048d8d4f1e848b2982d026094a67e1c auth_token=4abad787bc5e5a1479c1afcc5a751032`, gone: ['4abad787bc5e5a1479c1afcc5a751032'], keep: ['TwilioRestException', 'code 20003'], source: 'Twilio auth token (trufflehog twilio detector)' },
  { line: `python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized b'{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}' SENDGRID_API_KEY=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`, gone: ['SG.S8TZ9t2Wp1lR432un_1eva.TqICN35z3RoLha', 'CN35z3RoLhatFPGrLNKbQwNI9SFGJyH6jjpCt470'], keep: ['UnauthorizedError', 'authorization grant is invalid'], source: 'gitleaks rule sendgrid-api-token' },
  { line: `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: 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. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}`, gone: ['sk-proj-vKlCzC0V0cp_eRdrK4TD0aE72Xq9J4bY', '805XqgfqMJS5ba1MnDBmu-LnRexEB1hRnbyqY2FZ'], keep: ['invalid_api_key', 'openai.AuthenticationError'], source: 'gitleaks rule openai-api-key' },
  { line: `anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}} (x-api-key: sk-ant-api03-JScYoM9LvQwrDyzxFwt0ETr48jEGWhKTY4duss9Pp32OnZ4KfJr_SHHRN1uAiUfnoSQS-3C9jNgozRSNMw4_MFQNYkvw_AA)`, gone: ['sk-ant-api03-JScYoM9LvQwrDyzxFwt0ETr48jE', 'RN1uAiUfnoSQS-3C9jNgozRSNMw4_MFQNYkvw_AA'], keep: ['authentication_error', 'invalid x-api-key'], source: 'gitleaks rule anthropic-api-key' },
  { line: `$ git clone https://oauth2:glpat-EIHGQMoswbpcBrtMkdCf@gitlab.example-corp.net/secops/prowler-config.git
remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled`, gone: ['glpat-EIHGQMoswbpcBrtMkdCf'], keep: ['HTTP Basic: Access denied', 'gitlab.example-corp.net/secops/prowler-config.git'], source: 'gitleaks rule gitlab-pat' },
  { line: `Dec 05 12:30:11 runner-07 gitlab-runner[1422]: ERROR: Verifying runner... is removed  runner=glrt-wAK token=glrt-wAKc9GzdpGORmCrYiMcV url=https://gitlab.example-corp.net/`, gone: ['glrt-wAKc9GzdpGORmCrYiMcV'], keep: ['runner-07', 'Verifying runner... is removed'], source: 'gitleaks rule gitlab-runner-authentication-token' },
  { line: `npm ERR! code E401
npm ERR! Incorrect or missing password.
# .npmrc: //registry.npmjs.org/:_authToken=npm_Q5ERPZnMmE3uYNzAeMaEJwFcfDJxC7aZfu2a`, gone: ['npm_Q5ERPZnMmE3uYNzAeMaEJwFcfDJxC7aZfu2a'], keep: ['npm ERR! code E401', '//registry.npmjs.org/'], source: 'gitleaks rule npm-access-token' },
  { line: `twine upload dist/*
Uploading scansight_rules-1.4.2-py3-none-any.whl
HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/ Invalid or non-existent authentication information. TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcy8OyP8M9lY75KOx_hzjVHkD0mHVhCCaeOyBC-l7ij4LVDCjkLhYC0qjgwlRTXYT9vTCtRi1iKKl653W3srOPnkHm81G95rfVYKYlOIsRKfqFb7_6lRDgXvGQETOMMONTkztZSKw_h_omy5KjxkSX4c`, gone: ['pypi-AgEIcHlwaS5vcmcy8OyP8M9lY75KOx_hzjV', '_6lRDgXvGQETOMMONTkztZSKw_h_omy5KjxkSX4c'], keep: ['403 Forbidden', 'scansight_rules-1.4.2-py3-none-any.whl'], source: 'gitleaks rule pypi-upload-token' },
  { line: `echo "dckr_pat_uiP8ppgdYjH5AFlfUWCGSukM1re" | docker login -u scansightci --password-stdin
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`, gone: ['dckr_pat_uiP8ppgdYjH5AFlfUWCGSukM1re'], keep: ['scansightci', 'registry-1.docker.io/v2/'], source: 'Docker Hub PAT dckr_pat_ (docs.docker.com)' },
  { line: `datadog.api: 403 Forbidden {"errors":["Forbidden"]} DD_API_KEY=8d246ebfad2b4a571147a58a8670eb95 DD_APP_KEY=129d464e87396d2b7aa413a1fff72306d58acc27 site=datadoghq.eu`, gone: ['8d246ebfad2b4a571147a58a8670eb95', '129d464e87396d2b7aa413a1fff72306d58acc27'], keep: ['403 Forbidden', 'datadoghq.eu'], source: 'gitleaks rule datadog-access-token' },
  { line: `Error making API request.

URL: GET https://vault.internal:8200/v1/secret/data/prowler
Code: 403. Errors:

* permission denied
VAULT_TOKEN=hvs.zFDinA6IN9Uwpt16wYrs71acQZ5RY64cuF0eqicC3RXetrpzwxP8OE61titU3fX3xQl0hKLmTzIXBq9DielJqXIkAM`, gone: ['hvs.zFDinA6IN9Uwpt16wYrs71acQZ5RY64cuF0e', 'P8OE61titU3fX3xQl0hKLmTzIXBq9DielJqXIkAM'], keep: ['Code: 403', 'vault.internal:8200/v1/secret/data/prowler'], source: 'gitleaks rule vault-service-token' },
  { line: `credentials "app.terraform.io" {
  token = "JotQnD2FFqXo9w.atlasv1.NETIU7ZhSqga000cWcNgg5OusYPMZ3yY2zTJbWqX9ujBb7LOJ4TDmPy6o4Raxm9AgF3"
}
│ Error: Required token could not be found
│ Run the following command to generate a token for app.terraform.io: terraform login`, gone: ['JotQnD2FFqXo9w.atlasv1.NETIU7ZhSqga000cW', 'MZ3yY2zTJbWqX9ujBb7LOJ4TDmPy6o4Raxm9AgF3'], keep: ['app.terraform.io', 'Required token could not be found'], source: 'gitleaks rule hashicorp-tf-api-token' },
  { line: `ShopifyAPI::Errors::HttpResponseError: [API] Invalid API key or access token (unrecognized login or wrong password) shop=scansight-demo.myshopify.com X-Shopify-Access-Token: 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`, gone: ['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'], keep: ['ShopifyAPI::Errors::HttpResponseError', 'scansight-demo.myshopify.com'], source: 'gitleaks rule shopify-access-token' },
  { line: `curl -s --user 'api:key-9387456e97f862d75e28167f02c9aa90' https://api.mailgun.net/v3/mg.scansight.io/messages -F from='alerts@mg.scansight.io'
{"message": "Invalid private key"}`, gone: ['key-9387456e97f862d75e28167f02c9aa90'], keep: ['Invalid private key', 'api.mailgun.net/v3/mg.scansight.io/messages'], source: 'gitleaks rule mailgun-private-api-token' },
  { line: `mailchimp_marketing.api_client.ApiClientError: Status 401 {"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"API Key Invalid","detail":"Your API key may be invalid"} api_key=1a55ff855101f986348715d9885618b2-us21`, gone: ['1a55ff855101f986348715d9885618b2-us21'], keep: ['API Key Invalid', 'ApiClientError'], source: 'gitleaks rule mailchimp-api-key' },
  { line: `com.atlassian.jira.rest.client: 401 Unauthorized for https://scansight.atlassian.net/rest/api/3/issue (user=secops-bot@scansight.io, apiToken=ATATT3xFfGF0mxH9gG9X8_KDWmAvTu__neAGS_Sx6Z5OcpFo5k1IrCuvPVUiCthdx9J1mYMjWcjiAWD_B9wsTUns3gStEGt17_hfHIwr-YufBJxKQMl8Mfl_fp8Ay1GyuPp5KGdwLqHXneGC7SDrfhop4mgu-PG5Z_IiFc_yHDpLdc0bG3FXPO=89BDE527)`, gone: ['ATATT3xFfGF0mxH9gG9X8_KDWmAvTu__neAGS_Sx', 'p4mgu-PG5Z_IiFc_yHDpLdc0bG3FXPO=89BDE527'], keep: ['401 Unauthorized', 'scansight.atlassian.net/rest/api/3/issue', 'secops-bot@scansight.io'], source: 'gitleaks rule atlassian-api-token' },
  { line: `LinearError: Authentication required, not authenticated - You need to authenticate to access this operation. [headers: {"authorization":"lin_api_IktIlkvcp6NmMnsaJ2ZjD2LvWDJY0XBZGi8Dioly"}]`, gone: ['lin_api_IktIlkvcp6NmMnsaJ2ZjD2LvWDJY0XBZGi8Dioly'], keep: ['LinearError', 'Authentication required'], source: 'gitleaks rule linear-api-key' },
  { line: `@notionhq/client warn: request fail { code: 'unauthorized', message: 'API token is invalid.' } NOTION_TOKEN=secret_9iYkWuyYKNonKX7TAam5eIxbzyyp9Knr59hPZE3acPP`, gone: ['secret_9iYkWuyYKNonKX7TAam5eIxbzyyp9Knr59hPZE3acPP'], keep: ['code: \'unauthorized\'', '@notionhq/client'], source: 'gitleaks rule notion-api-token' },
  { line: `discord.errors.LoginFailure: Improper token has been passed.
  bot.run('MTl0mQlW0QL8fBDnSVgBzjHWdt.kwq7Fq.ofosIcNpaQmDStpWb5kZc9VoqtpKLySrvUWF5g')
  File "/srv/scanbot/main.py", line 214, in <module>`, gone: ['MTl0mQlW0QL8fBDnSVgBzjHWdt.kwq7Fq.ofosIcNpaQmDStpWb5kZc9VoqtpKLySrvUWF5g'], keep: ['LoginFailure', '/srv/scanbot/main.py'], source: 'gitleaks rule discord-bot-token' },
  { line: `telegram.error.InvalidToken: Invalid token; POST https://api.telegram.org/bot5306623867:AAESfYgk4lwndZsY_plqMRNl_L-cYDn1tdT/sendMessage chat_id=-1001873360042`, gone: ['5306623867:AAESfYgk4lwndZsY_plqMRNl_L-cYDn1tdT'], keep: ['InvalidToken', 'chat_id=-1001873360042'], source: 'gitleaks rule telegram-bot-api-token' },
  { line: `Error: GET https://api.digitalocean.com/v2/droplets?page=1: 401 (request "9c1d5a2e-7f3b-4e60-b8a4-2d0e6c9f1a37") Unable to authenticate you
  DIGITALOCEAN_TOKEN=dop_v1_bd5249714a29aaf8ae5f4d2ea6953b46cd66bd2db34a64aa7743c2a6363127d5`, gone: ['dop_v1_bd5249714a29aaf8ae5f4d2ea6953b46c', '66bd2db34a64aa7743c2a6363127d5'], keep: ['Unable to authenticate you', '9c1d5a2e-7f3b-4e60-b8a4-2d0e6c9f1a37'], source: 'gitleaks rule digitalocean-pat' },
  { line: `heroku: Invalid credentials provided. HEROKU_API_KEY=HRKU-AAOrbGfhHPvJnoTn7iH2P1yrsXp0m2zD5_Mp6uo11WNDIEHigD5IlSbHpdwj
 ▸    Error ID: unauthorized`, gone: ['HRKU-AAOrbGfhHPvJnoTn7iH2P1yrsXp0m2zD5_Mp6uo11WNDIEHigD5IlSbHpdwj'], keep: ['Invalid credentials provided', 'Error ID: unauthorized'], source: 'gitleaks rule heroku-api-key-v2' },
  { line: `newman: run failed — GET https://api.getpostman.com/collections returned 401 {"error":{"name":"AuthenticationError","message":"Invalid API Key. Every request requires a valid API Key to be sent."}} --postman-api-key PMAK-200b96e3e75dae52852a0e14-38810d5efbf9a2e871b1d40ff83f123b95`, gone: ['PMAK-200b96e3e75dae52852a0e14-38810d5efbf9a2e871b1d40ff83f123b95'], keep: ['AuthenticationError', 'api.getpostman.com/collections'], source: 'gitleaks rule postman-api-token' },
  { line: `logger=context userId=0 orgId=0 uname= t=2026-12-05T12:44:10Z level=warn msg="Invalid API key" error="invalid API key: service account token glsa_7OtynUfSnw8YQlh72O3mLY1nzMk7SuxG_d5274147" remote_addr=10.4.0.17`, gone: ['glsa_7OtynUfSnw8YQlh72O3mLY1nzMk7SuxG_d5274147'], keep: ['remote_addr=10.4.0.17', 'msg="Invalid API key"'], source: 'gitleaks rule grafana-service-account-token' },
  { line: `newrelic: NerdGraph query failed: {"errors":[{"message":"Invalid API key","extensions":{"errorClass":"UNAUTHORIZED"}}]} API-Key: NRAK-28THKEEXZTMHM7FLNQ67ODM90KC`, gone: ['NRAK-28THKEEXZTMHM7FLNQ67ODM90KC'], keep: ['UNAUTHORIZED', 'NerdGraph query failed'], source: 'gitleaks rule new-relic-user-api-key' },
  { line: `huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/whoami-v2 (Request ID: Root=1-6751a3c2-84e761c44057798e04c078eb) HF_TOKEN=hf_uM5TdBBPHp19BcSZjyuO1DSeSn7oJopVyV`, gone: ['hf_uM5TdBBPHp19BcSZjyuO1DSeSn7oJopVyV'], keep: ['HfHubHTTPError', 'huggingface.co/api/whoami-v2'], source: 'gitleaks rule huggingface-access-token' },
  { line: `Doppler Error: Invalid Auth token (HTTP 401) -- doppler run --token=dp.st.prd.KWYWvBe2UYMDw1WMdOKbndb7YU6xya8y2KRvm2oidkU -- ./scan.sh`, gone: ['dp.st.prd.KWYWvBe2UYMDw1WMdOKbndb7YU6xya8y2KRvm2oidkU'], keep: ['Invalid Auth token', './scan.sh'], source: 'gitleaks rule doppler-api-token' },
  { line: `error: getting user info from https://api.pulumi.com: [401] Unauthorized: No credentials provided or are invalid.
PULUMI_ACCESS_TOKEN=pul-42725b5dbab6d4551b2508081f547309ff5d3e28`, gone: ['pul-42725b5dbab6d4551b2508081f547309ff5d3e28'], keep: ['[401] Unauthorized', 'api.pulumi.com'], source: 'gitleaks rule pulumi-api-token' },
  { line: `aliyunsdkcore.acs_exception.exceptions.ServerException: HTTP Status: 404 Error:InvalidAccessKeyId.NotFound Specified access key is not found. RequestID: 3F1A9C0E-6D2B-5E47-A8C1-90B4D7E2F365 access_key_id=LTAIdHfWv5hS0e0cvYC9qtpI access_key_secret=j40peZ8TdxYyM7Ffet1cafE8jzA5Dg`, gone: ['j40peZ8TdxYyM7Ffet1cafE8jzA5Dg'], keep: ['InvalidAccessKeyId.NotFound', '3F1A9C0E-6D2B-5E47-A8C1-90B4D7E2F365'], source: 'gitleaks rule alibaba-secret-key' },
  { line: `pagerduty: 401 {"error":{"message":"Unauthorized","code":2006}} Authorization: Token token=pzxcxpaH75hMM6vbBDouz9MmN9Dy_g5Z`, gone: ['pzxcxpaH75hMM6vbBDouz9MmN9Dy_g5Z'], keep: ['"code":2006', 'pagerduty: 401'], source: 'PagerDuty REST API key (developer.pagerduty.com)' },
  { line: `psycopg2.OperationalError: connection to server at "db-prowler.cluster-c9x2ab.eu-west-1.rds.amazonaws.com" (10.20.3.14), port 5432 failed: FATAL:  password authentication failed for user "prowler_app" dsn=postgresql://prowler_app:PnM#rIUjsvTDggzuAU@db-prowler.cluster-c9x2ab.eu-west-1.rds.amazonaws.com:5432/prowler`, gone: ['PnM#rIUjsvTDggzuAU'], keep: ['password authentication failed for user "prowler_app"', 'port 5432 failed'], source: 'PostgreSQL URI (postgresql.org libpq docs)' },
  { line: `MongoServerError: bad auth : Authentication failed. { ok: 0, code: 8000, codeName: 'AtlasError' } uri=mongodb+srv://scanner:ZLVVcTivjmPSH3ojz5FcAO@cluster0.k3fq9.mongodb.net/results?retryWrites=true&w=majority`, gone: ['ZLVVcTivjmPSH3ojz5FcAO'], keep: ['codeName: \'AtlasError\'', 'cluster0.k3fq9.mongodb.net/results'], source: 'MongoDB SRV connection string' },
  { line: `Server=tcp:scansight-sql.database.windows.net,1433;Initial Catalog=findings;Persist Security Info=False;User ID=scanadmin;Password=ypV!LEMUff6YiPn1;MultipleActiveResultSets=False;Encrypt=True; --> Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'scanadmin'.`, gone: ['ypV!LEMUff6YiPn1'], keep: ['SqlException (0x80131904)', 'Login failed for user \'scanadmin\'', 'scansight-sql.database.windows.net,1433'], source: 'ADO.NET SQL Server connection string' },
  { line: `redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled. url=rediss://default:3X2JuD0dvonKMgdfQ3SG@cache-scans.a1b2c3.ng.0001.euw1.cache.amazonaws.com:6379/0`, gone: ['3X2JuD0dvonKMgdfQ3SG'], keep: ['AuthenticationError', 'cache-scans.a1b2c3.ng.0001.euw1.cache.amazonaws.com:6379'], source: 'Redis URL with password' },
  { line: `java.sql.SQLException: Access denied for user 'reporter'@'10.8.1.22' (using password: YES)
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
	jdbc.url=jdbc:mysql://mysql-findings.internal:3306/scans?user=reporter&password=7UO*SQO7Ly04dh&useSSL=true`, gone: ['7UO*SQO7Ly04dh'], keep: ['Access denied for user \'reporter\'@\'10.8.1.22\'', 'SQLError.java:130'], source: 'MySQL JDBC URL password param' },
  { line: `amqp.ConnectionError: Exception (403) Reason: "username or password not allowed" dial amqps://scan-worker:oSWMhIlPx65ACxAxhGp0TiIa@rabbit.scansight.internal:5671/scans`, gone: ['oSWMhIlPx65ACxAxhGp0TiIa'], keep: ['Exception (403)', 'rabbit.scansight.internal:5671'], source: 'AMQP URL' },
  { line: `spring:
  datasource:
    url: jdbc:postgresql://pg-main:5432/prowler
    username: prowler
    password: Dfj*0uUCnOW8m4e
***************************
APPLICATION FAILED TO START
***************************
Description: Failed to configure a DataSource`, gone: ['Dfj*0uUCnOW8m4e'], keep: ['APPLICATION FAILED TO START', 'jdbc:postgresql://pg-main:5432/prowler'], source: 'Spring Boot application.yml' },
  { line: `[database]
host = "pg-main.internal"
port = 5432
user = "scansight"
password = "8du-2T5bAl3nYEgi"
# Error: config.toml: connection refused (os error 111)`, gone: ['8du-2T5bAl3nYEgi'], keep: ['pg-main.internal', 'connection refused (os error 111)'], source: 'TOML config' },
  { line: `<connectionStrings><add name="Findings" connectionString="Data Source=sqlprod01;Initial Catalog=Findings;User Id=svc_findings;Password=Qz0%MuFMo0FtnZ;" providerName="System.Data.SqlClient" /></connectionStrings> System.Configuration.ConfigurationErrorsException: An error occurred creating the configuration section handler`, gone: ['Qz0%MuFMo0FtnZ'], keep: ['ConfigurationErrorsException', 'svc_findings', 'sqlprod01'], source: '.NET web.config XML' },
  { line: `$ mysql -h 10.0.4.9 -u backup -pmqF*RGAaGfvo7 -e "SHOW DATABASES"
mysql: [Warning] Using a password on the command line interface can be insecure.
ERROR 1045 (28000): Access denied for user 'backup'@'10.0.4.21'`, gone: ['mqF*RGAaGfvo7'], keep: ['ERROR 1045 (28000)', 'Access denied for user \'backup\'@\'10.0.4.21\''], source: 'mysql CLI -p inline password' },
  { line: `Dec 05 13:02:41 bastion-2 sudo[88123]: ops : TTY=pts/1 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/sshpass -p X5X0J7aRGh6CJasZHG ssh admin@10.12.0.5`, gone: ['X5X0J7aRGh6CJasZHG'], keep: ['bastion-2', 'COMMAND=/usr/bin/sshpass', 'admin@10.12.0.5'], source: 'syslog sudo line with sshpass' },
  { line: `Traceback (most recent call last):
  File "/opt/scansight/export.py", line 57, in push
    ftp.login(user="exporter", passwd="xe7!9PRw0LWRUhEi")
  File "/usr/lib/python3.11/ftplib.py", line 412, in login
ftplib.error_perm: 530 Login incorrect.`, gone: ['xe7!9PRw0LWRUhEi'], keep: ['ftplib.error_perm: 530 Login incorrect', '/opt/scansight/export.py'], source: 'Python traceback source line' },
  { line: `Exception in thread "main" javax.mail.AuthenticationFailedException: 535 5.7.8 Username and Password not accepted.
    at com.scansight.notify.Mailer.send(Mailer.java:44)  // props: mail.smtp.user=alerts@scansight.io mail.smtp.password=JwU%f6W47JA7mDlCh`, gone: ['JwU%f6W47JA7mDlCh'], keep: ['AuthenticationFailedException', '535 5.7.8', 'Mailer.java:44'], source: 'Java mail properties' },
  { line: `panic: dial tcp: lookup clickhouse-0: no such host

goroutine 1 [running]:
main.mustConnect({0xc00012a000, 0x5a})
	/src/cmd/ingest/main.go:71 +0x1c5
// dsn="clickhouse://ingest:aGx_yIb8EAndgzk@clickhouse-0:9000/findings"`, gone: ['aGx_yIb8EAndgzk'], keep: ['main.go:71', 'no such host'], source: 'Go panic with DSN' },
  { line: `Error: connect ECONNREFUSED 127.0.0.1:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
  errno: -111, code: 'ECONNREFUSED', config: { user: 'api', password: 'ELQ%NVmpHMrlFH', host: 'localhost', database: 'scans' } }`, gone: ['ELQ%NVmpHMrlFH'], keep: ['code: \'ECONNREFUSED\'', 'node:net:1555:16'], source: 'Node pg client error with config' },
  { line: `GET /api/v1/export HTTP/1.1
Host: prowler.scansight.io
Authorization: Basic YXVkaXRvcjpCZXJlYW1aWEJPT1VoMzRGQWpRRw==
User-Agent: curl/8.5.0

HTTP/1.1 401 Unauthorized
WWW-Authenticate: Basic realm="prowler"`, gone: ['YXVkaXRvcjpCZXJlYW1aWEJPT1VoMzRGQWpRRw=='], keep: ['401 Unauthorized', 'Basic realm="prowler"', 'prowler.scansight.io'], source: 'HTTP Basic auth header (RFC 7617)' },
  { line: `curl: (22) The requested URL returned error: 403
+ curl -fsS -u deploy:nXW.whlsdeq2o7 https://nexus.scansight.internal/repository/raw-hosted/reports/latest.tgz`, gone: ['nXW.whlsdeq2o7'], keep: ['curl: (22)', 'nexus.scansight.internal/repository/raw-hosted'], source: 'curl -u user:password' },
  { line: `ansible: fatal: [web-03]: UNREACHABLE! => {"changed": false, "msg": "Invalid/incorrect password: Permission denied, please try again.", "unreachable": true} ansible_ssh_pass=Fod.qmXwkm2Yo8TI ansible_user=deploy`, gone: ['Fod.qmXwkm2Yo8TI'], keep: ['UNREACHABLE!', '[web-03]'], source: 'Ansible inventory var' },
  { line: `DJANGO_SETTINGS: DATABASES['default'] = {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'scans', 'USER': 'django', 'PASSWORD': 'W7t*RNxld2zZy0NsLd', 'HOST': 'pg'}
django.db.utils.OperationalError: FATAL:  database "scans" does not exist`, gone: ['W7t*RNxld2zZy0NsLd'], keep: ['django.db.utils.OperationalError', 'database "scans" does not exist'], source: 'Django settings dump' },
  { line: `docker run -e POSTGRES_PASSWORD=hzZ%IaNYQRkUO5 -e POSTGRES_USER=prowler -p 5432:5432 postgres:16
docker: Error response from daemon: driver failed programming external connectivity on endpoint: Bind for 0.0.0.0:5432 failed: port is already allocated.`, gone: ['hzZ%IaNYQRkUO5'], keep: ['port is already allocated', 'postgres:16'], source: 'docker run env password' },
  { line: `SMTP_HOST=smtp.office365.com
SMTP_PORT=587
SMTP_USER=alerts@contoso-scan.com
SMTP_PASS=9cR!Tgtu1cKrF2uP
# .env loaded; nodemailer Error: Invalid login: 535 5.7.3 Authentication unsuccessful`, gone: ['9cR!Tgtu1cKrF2uP'], keep: ['535 5.7.3 Authentication unsuccessful', 'smtp.office365.com'], source: 'dotenv file' },
  { line: `ldap3.core.exceptions.LDAPInvalidCredentialsResult - 49 - invalidCredentials - None - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563 bind_dn="CN=svc-scan,OU=Service,DC=corp,DC=local" bind_password="UXz*ekZ0Ebrc2T4"`, gone: ['UXz*ekZ0Ebrc2T4'], keep: ['80090308: LdapErr: DSID-0C09044E', 'CN=svc-scan,OU=Service,DC=corp,DC=local'], source: 'LDAP bind error' },
  { line: `<settings><servers><server><id>scansight-releases</id><username>ci-maven</username><password>b4z#fZkAw00Jqc</password></server></servers></settings>
[ERROR] Failed to deploy artifacts: Could not transfer artifact ... status code: 401, reason phrase: Unauthorized (401)`, gone: ['b4z#fZkAw00Jqc'], keep: ['scansight-releases', 'status code: 401'], source: 'Maven settings.xml' },
  { line: `WARN  [io.quarkus.config] Unrecognized configuration key "quarkus.datasource.pasword" was provided; quarkus.datasource.password=7N7R2N4XDUCJDIOeZd1maF quarkus.datasource.username=quarkus`, gone: ['7N7R2N4XDUCJDIOeZd1maF'], keep: ['io.quarkus.config', 'quarkus.datasource.username=quarkus'], source: 'Quarkus properties' },
  { line: `PS C:\\> net use \\\\fs01.corp.local\\scans /user:CORP\\svc_backup zHx_bXQJDaTo3yb
System error 1326 has occurred.
The user name or password is incorrect.`, gone: ['zHx_bXQJDaTo3yb'], keep: ['System error 1326', 'fs01.corp.local'], source: 'Windows net use command' },
  { line: `E 2026-12-05 13:40:00.123 ingest/config.go:33 failed to parse config: yaml: line 12: mapping values are not allowed in this context
  kafka:
    sasl_username: ingest-svc
    sasl_password: X5s#QgvYJgOj9ENQ
    brokers: [b-1.kafka.internal:9096]`, gone: ['X5s#QgvYJgOj9ENQ'], keep: ['config.go:33', 'b-1.kafka.internal:9096', 'ingest-svc'], source: 'Kafka SASL YAML' },
  { line: `[2026-12-05 13:44:12,001] ERROR [SaslAuthenticator] sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="scan-producer" password="bZo*WqGcY6mpTo"; failed: Authentication failed during authentication due to invalid credentials with SASL mechanism PLAIN`, gone: ['bZo*WqGcY6mpTo'], keep: ['SASL mechanism PLAIN', 'scan-producer'], source: 'Kafka JAAS config' },
  { line: `{"ts":"2026-12-05T13:50:02.331Z","lvl":"error","svc":"exporter","err":"smb: STATUS_LOGON_FAILURE","share":"\\\\\\\\nas01\\\\exports","creds":{"user":"exporter","password":"kdG-3c5ZXWJJBwLMtd"}}`, gone: ['kdG-3c5ZXWJJBwLMtd'], keep: ['STATUS_LOGON_FAILURE', 'nas01'], source: 'JSON log with password field' },
  { line: `ERROR 2026-12-05 13:55 helm upgrade prowler ./charts/prowler --set postgresql.auth.password=1oI#lDHAuX91j --set api.replicas=2
Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress`, gone: ['1oI#lDHAuX91j'], keep: ['UPGRADE FAILED', './charts/prowler'], source: 'helm --set password' },
  { line: `fatal: unable to access 'https://ci-bot:3OQh892Ore7Hq43ymdPh@bitbucket.org/scansight/infra.git/': The requested URL returned error: 403`, gone: ['3OQh892Ore7Hq43ymdPh'], keep: ['bitbucket.org/scansight/infra.git', 'returned error: 403'], source: 'git credential in HTTPS URL' },
  { line: `Load key "/home/ci/.ssh/deploy_rsa": invalid format
-----BEGIN RSA PRIVATE KEY-----
c04L1A/FOirhXM026JLdv4uEGN6fomoeL5EHd8jj/egDjI+q0jGbtUYXB9rO4ndM
lYCoPvdyqDzwfTAdShThiVUSnkuqrAw5CH7QN39eGnLZRQM89KSNSbR4Hh1Aiw2u
0U+ZdHyIvnXrlod88SMrFM7YJ6XpAWb/8eVmZY3mR1ofLC481b4bacwFWh7LSBcb
EMdeOHEoFduURikul0WZQB6w+nUmLT5R9lfVf5x0S4dOXDf2Zhg+LmL4YXldsfWL
Pbb9FEyYDTG3/Vm2ktntppUA3hKIOmUVZJf43ZvOXL4oEkFaQN/MG/jBwHgq+g5S
lcquyL0luyMU8nzD+SaFExXD1EIv8UFUr1Y8SArwQXQcrxy+/7rJg5W3fMSmRXlB
b5h3an3nG9xgc+WETYqn/N2ddoVqhY4xkxygLCKaNtquAK74uUx5SuRNnJWwmUpv
gyyv/YLvjzXj5S284xY2hE030xLApxJ2oxreWXSSFO7G50iOH1qwy1OkypR0C2mo
wCHpHR4mALZzJH0CUY/W/F1jnwIPDYuQ+NCH026WWAm3hnVUlgNSmL1v/gXyF6E+
XLDDky3VDX5UeSBmXQrIPV0gkroPrP735bVbiTdyumOZmxRtg0n2Sx0hNEwVj5U9
4s2zhT4plr3AROUMiv7NSKIjn/yhqN04y6gJXZVm+YKp6kbuEGBBIe3v/Ztxj03q
ad6dZxC2pbSDXgh1l5JpBIDGcR46R+mOHDpxLLgmI2uSGkbuE2cNs44QXd15sgk9
XcwAK0KsQnBicmt0q9hYs/vR3YUAj7iQ0qg96Kboq62hB+bcoq2A3PDJeZUMlOnW
2Nb2GeoI7TPdkFO07KRpWTaZ0a678z1nAijoKlLsogV8kiA2vhcueFjBL1W5Jsfq
VIujWjSfUVDlWZAN8joYGZN4tTGPpU7tTHysuVZwlq9t4akyWfgg50dUgPvTbL8T
k+XlbMZd0cIwuNiiwv/6PBPQhbVxqJhRF9n3/bVa6WaI1Mn9dfLA7g0ZPBgBQFJp
T5h5hMwgaL9rwCLNEZruLMHEAcEfynvl1on0ISJYZILL826P0JWdpLDgUvg35zM9
hqUKtvUH70V+/IRXfdlfXemSJ3L/lN+fplxNeJtHo/doQ3Tdh0vMZsugV35uEhr1
X7TXXyAiEhHnXeSR8uoUwpd2vMxSK/oR+LE6Tap+J/S2GH7YoYEK7JjQBwXtkLi7
vIAfDzeU8FarEZ8CF6qQ4zQVIzWf+OvsBg2I3k0n1mY+4sSwoNU+6kDHAbEohnU2
Iw8VSXSSf7Z6Z+OkOOUSDiEzbWKr99RLiydgrCRVfT5T5pY3gb5kDiogVooH1LuC
odnUxzMxtXVxfpBSgE1Rn8y9eC6sb/KTbGanGctnXrpM7jMjoBtT1keKOKBxdpHV
cy+QGra/AiBJXAShfakAfCuzjTCd2vpS0ly4MAtVAYRLrduR6mHGYzRsjkUOg+Kk
yx1fIVNtVPUHW8JUnyLu3OsnO9T8n+hWDLuDzpNvuu8B90zd9pKH89V+cD1MT8wz
rh4F/h07K95lGIa4qtEVR67RtxlQ7PUNXwE7TJZKnon3837/s/sFRtC6p1+fGdDE
-----END RSA PRIVATE KEY-----
git@github.com: Permission denied (publickey).`, gone: ['c04L1A/FOirhXM026JLdv4uEGN6fomoeL5EHd8jj', 'txlQ7PUNXwE7TJZKnon3837/s/sFRtC6p1+fGdDE'], keep: ['Permission denied (publickey)', '/home/ci/.ssh/deploy_rsa'], source: 'PEM RSA private key (RFC 7468)' },
  { line: `{"level":"error","step":"ssh-agent","msg":"Error loading key \\"(stdin)\\": error in libcrypto","input":"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\nIZGRjLhFURRGX5JA6pWxPz/A/WD4/w/QDT1UJvYnpzrWG6o7omMOXn2leU39/9afvIp2km\\nwbot9s4L/5apXFKBbNoMyufNOOEPGoz6P3qm6n0pBFl0DEV0lU3YsyCvE17hOqN/6ZF0aV\\nZdmeeunlftHiOSlSpc4ZTVcXcqGy4b7Uf/6ICYotQg/SDoErnGhBRca9773zRFVgTWydOO\\n0xepL7PT24Kk0UwQdZ4cnRuMArkDJ3GgoZAQp5dgPD7la7k4nk3Fsnl/e/IRKtnU3B9VHi\\n-----END OPENSSH PRIVATE KEY-----"}`, gone: ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9u', 'GgoZAQp5dgPD7la7k4nk3Fsnl/e/IRKtnU3B9VHi'], keep: ['error in libcrypto', 'ssh-agent'], source: 'OpenSSH private key (gitleaks private-key)' },
  { line: `tls: failed to find any PEM data in certificate input
key.pem:
-----BEGIN EC PRIVATE KEY-----
zMU09574aSCOBCch2r0T4XtMyTIo+BadEEAENI5JA8W6EtOWKOfPx2SslM/wrB1T
ACIxHqmHXsG6HHRNk815GZHhjqTn2asq5+9J8CvxuifqEUDO74forqtSoEY+mDLO
3+se5j81tB+yYpqGBfNmEjKBopya+0Fy10nRshtjYE/6cwgna9s5HsxJ6ObItizu
-----END EC PRIVATE KEY-----`, gone: ['zMU09574aSCOBCch2r0T4XtMyTIo+BadEEAENI5J', 'opya+0Fy10nRshtjYE/6cwgna9s5HsxJ6ObItizu'], keep: ['tls: failed to find any PEM data in certificate input'], source: 'EC private key PEM' },
  { line: `javax.crypto.BadPaddingException: Given final block not properly padded. Such issues can arise if a bad key is used during decryption. signing.key="-----BEGIN ENCRYPTED PRIVATE KEY-----\\nYaIxWSTevTyfyK0Nf3kukz5RY4Q7BYsrLABkfrhLOtGxaqdjIm2GrQ4G0NjJmQ1M\\nUVTyUO20aj3J+QqWqWgpMG7DlGnkVDYboSnOn03GN+mPht7a8M3g336QFvQYTyIk\\nb5fFMH+rWnFdVthmtcTysPE8moddIkhFbaMF8OcmXFBLInQ+EEkb6jFBHlb6J0Vu\\nOkWygJxp+QADLN2V2CwKOoPl75v9PYBiS9ZsX/8qcv3/VvySDZL6W9bCM0HW0T/h\\niwo6i479sxZYtIgtKslSzO1BQoyOGp5/DMh2GfDGvCe3aPa9TueiI/Xpe5v5E1QT\\nAmvJNuLH7hD19NZ0d15CMHIoDmUw7DNNCzgx6dgiNWxEVdok2QvkOZVvUx8sEGUL\\n07G0b4c0sg3+lS9dnxnLadIZNnZrXkrQyhf80IibXkSRhatGNurXGNY0ixlVRpmh\\nGMK5y/ZrBxxUTW/tR/QPEGb7rvptrimDesc9oSeaD3qb0PZ/31nGMCW6Y64e/tzr\\nLtiWgslNNKthkiEJWK1lubI6u9IpO/dOG/wuFr1WcvGU+yI8/1oI8SRCef/9LYUV\\nTzHBRuYQ8if8/7WL6vdjlid90QWByXxkipW9tQlvH+Tie+v2dxpOsiRrJ0rMOvuF\\n4Gl4CTyrRr7SITv9ZyiOFizGhzKI7km5KKR4DI2bXo2WxTjWuZVsYT+4K2GmTaEA\\nKTGq21+E00jgQv/Se8zRn0pwvDUYDCb2ggrkZ9/Lgc0g0KQGSawqL2bMWPkzVjjo\\no3jaFGylTybPSqvFA6EjFU1ULxq6eCjgOPW/cxKaaDn6SMqPMk2y8A413uD6lkY9\\n+xd6n4+nPYeVTu3L2XIcKvEmpnEd4zbsCA9AAky74dbVrbDa7wTrIekBYIfJm+5T\\nqLD+T7SBo6giFzdUjQmeuiop3YEXVpCLvBpN0eayT7QacJnUVNnq5eMV4jy6K0QE\\naEsG8Azl1DkPT5Fe8RX01KGG4fmoC8z289wXvKuHO3YV4VYqfXdmShkuIo+VaPve\\nI78jSnqZd3wqimDdzRWICD82GTPSBkB/Ffq8GUq6u1X7qPh358mDg2d006ljPWPr\\nDSGyqvdg/09GfOijZpql+Js8KAJbi7IW6hN3FDyovIXlQ2O32+LYICjJlGZJZxvR\\nel3f8oljLPFE9vlh04RMiAZT1+O4grSL3wQZKo18f2cLvsapRHpGGFSD8IyJGv31\\nsWGA1u8fJsd3vJ/BCOep1VqyeeUB/nBqbql1b2VBzTEuMLrWKx8NULZrflOXLfAR\\n/EjVmsY6zAraXKc2feyfOVxqVu62UGb6l7U7fh/oa+VIFthFL/d5P6wrpmE+BCRS\\nuplltuUwAMW0e6Tv07P1Pj+N/0vMhlyvn80jgksqILJlyu2IMuGizSxaMLv8vnqu\\nVvT0dl5QriQFsDkbCGpAZdEE4TSu0R+zaf9pRkZrDL/p9o+RmBUBQwDRjI6Ibpyg\\nTKDbahdUmOb5JxsCWnPPbxdUGv1N1P3QjmBRh157Jk7hi4c5hIGtrvghxQ0LvuMh\\n8xotGaZcy5x26Z+LUAFgg8iGUtO2iyP/QYgHqBzstCqFxXYb/YcOKy4nXiW2fKBj\\nQoGAdkTElBvEvU9WQ2rWHE2q4L2tPUuXhNIUwVrV5AVLaLsQgOd1rx5cqbcIV1Mx\\nK2eIjkCGRDk+WFg7YmIBmsUbeK6qV62w1gLo886yt8qSL30PDbJQgXqw4ejkObKD\\n-----END ENCRYPTED PRIVATE KEY-----" signing.alias=release-2026`, gone: ['YaIxWSTevTyfyK0Nf3kukz5RY4Q7BYsrLABkfrhL', 'eK6qV62w1gLo886yt8qSL30PDbJQgXqw4ejkObKD'], keep: ['BadPaddingException', 'signing.alias=release-2026'], source: 'PKCS#8 encrypted private key' },
  { line: `gpg: signing failed: Inappropriate ioctl for device
-----BEGIN PGP PRIVATE KEY BLOCK-----

9wRYT1YUUqn1Ny2mhBqfWn5aJXiE65Bla5dPpggbyRkqYwtoJ95Wn4ZM9NTFIsoW
jOt1PgltIrUXwMBTaF+fLQlWHtfPHobGAha6/kxztzGZaY0JVA06kbNwRGdOW8Hc
O0D0egp6bRBZ7Vbr4fIrLgRiWVqSvcimRFVH5YLyyv0UnXhcOYHrT+2m3X42+P/T
Rmza4dVzzla8EqoDpdong/9ElXc7DPikHIJNzZckDmXHyIvMjUmjzShO7YtLfZxY
uRXe3AImvoQUvf6Mc3uUn40dpQIPOHNkqmlfqFXZV9OWc+bLiu69xnYOL8xgUjcr
vRXhbU+IszGr6xwLZS3GoOSgly727q1AcIJ82/TdSjcgFAIo46LbMkwyMFvqTJh7
ORINVkou4AcyjfNnyOIb1VRMo/wWYjuvxUY9aPxuE4ONfngN5tk+vniAO5YCSghC
qwR3b+GK6WtVfDDCyYsnvlJ5h9h9tcPIivJR3to6BCvqc+53sAkY2PKY2ZXIQVHF
Du92o6SNpi7WSmxSKCMmRxmS7toK3SmyYs4nMgU1E06p/DOLK1jhFdZwL33XFuVj
Sh6A/BUhq5nWKW6Q3THpBhCxeyWWXvNvIMYqeMzY60ZylCrlJAYbjyVpMAhJt+DZ
TmvCE8v9WUHq2oz614AD9pLOcdPa/LQbOPMVFQtpkNVMLD3JrNDXdLjNbhHVhvP0
fwt+YycgNCzQq6hdbJKRn3QVpHV7JTz+/+mpWLuvTu7Emj57t0sIZHX4xg9sjBJY
zRR5TkVSiKQ0uRocFQaZG3FZ/qg6CM9369mFvOA54DnWYequfmFKF/izynwR4/1G
uFQkiJLpk6C4kXCUzZgtLj6gT35YwQ+S1W5inS2hTCsdZejVq/I0tqsYY7TcXrDq
-----END PGP PRIVATE KEY BLOCK-----
error: gpg failed to sign the data`, gone: ['9wRYT1YUUqn1Ny2mhBqfWn5aJXiE65Bla5dPpggb', 'T35YwQ+S1W5inS2hTCsdZejVq/I0tqsYY7TcXrDq'], keep: ['gpg failed to sign the data', 'Inappropriate ioctl for device'], source: 'PGP private key block' },
  { line: `2026/12/05 14:01:22 [emerg] 1#1: cannot load certificate key "/etc/nginx/tls/scan.key": PEM_read_bio_PrivateKey() failed (SSL: error:1E08010C:DECODER routines::unsupported)
-----BEGIN PRIVATE KEY-----
zzllUxJozvYB2BAbCBt5ZhZLIB0iDFEnjvHyj/IPxOtqGoKp/bi5aDWkD89/T2Qu
fPqrzMnjJVwu9vutaqeBEc1ZBwqt3EQBDZICy+A+laV73CRGRdYAfFgG3oN62J7C
RHmhB/FWvGnL7nkWe5P9Z55auhxtxHzdLVbHmpBNay+omUORuWW6+cpmSaQRm+ve
-----END PRIVATE KEY-----`, gone: ['zzllUxJozvYB2BAbCBt5ZhZLIB0iDFEnjvHyj/IP', 'uhxtxHzdLVbHmpBNay+omUORuWW6+cpmSaQRm+ve'], keep: ['error:1E08010C:DECODER routines::unsupported', '/etc/nginx/tls/scan.key'], source: 'nginx error with PKCS#8 key' },
  { line: `jsonwebtoken.TokenExpiredError: jwt expired at 2026-12-05T03:40:00.000Z
    at /app/node_modules/jsonwebtoken/verify.js:190:21 token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyXzk5ZHo3cDd6aTUiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3NjQ5MDAwMDAsImV4cCI6MTc2NDkwMzYwMH0.acjG7ef3JBJAkcB5mmxSiYgtM2vVrZg8DEPPi3VedA8`, gone: ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ', 'G7ef3JBJAkcB5mmxSiYgtM2vVrZg8DEPPi3VedA8'], keep: ['TokenExpiredError', 'verify.js:190:21'], source: 'JWT (RFC 7519) HS256' },
  { line: `127.0.0.1 - - [05/Dec/2026:14:05:10 +0000] "GET /api/v1/scans?filter[state]=failed HTTP/1.1" 401 87 "-" "ScanSight/2.4.0" auth="Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6InYwRUh2N2I4SDBwc3dkNkowTG5DIn0.eyJpc3MiOiJodHRwczovL2F1dGguc2NhbnNpZ2h0LmlvLyIsImF1ZCI6InByb3dsZXItYXBpIiwic3ViIjoiYXV0aDB8Zjc4MDBkMThkZmYzYWQ0ODkwNDMyMWNlIiwic2NvcGUiOiJyZWFkOnNjYW5zIHdyaXRlOnNjYW5zIn0.wWrezuNWlm3w_qpnQhoY_LtMvZWyeOnNwpC0CR_GhZBrFCoHCcy_Bo5Ls0prUowFB2yxOvFZtFGj3LvhudOLY-dyqBgMa7MNxYNz8UAC8zkW4u-p9lYTkYdprl6DQxeCHAkmfLzzuG6yrMVvPWF4OuIsckcyYbeUD8dAmatYAvOYA-Cc09dsUwZ6MfIdgk6e3OnEnApdSz4xBMsDcLi7OZ1p7BJB6jAsHPjv1Hnp5RRO1-6z1ZDpJ1Pv_wFMa2iZ3oNyq50Ev2ZLYnJn1F-qVzQwerDFFDwQsF1_mSuDoxQ5ZhZ8VaqF57CKmttPAyxLhQkLAgqneqMzTGN8fyUvQ7"`, gone: ['eyJhbGciOiJSUzI1NiIsImtpZCI6InYwRUh2N2I4', 'Z8VaqF57CKmttPAyxLhQkLAgqneqMzTGN8fyUvQ7'], keep: ['/api/v1/scans?filter[state]=failed', 'ScanSight/2.4.0'], source: 'access log with bearer JWT' },
  { line: `Set-Cookie: session=eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJ0ZW5hbnQiOiJ0LWRnZnB1YnM3IiwiZXhwIjoxNzY0OTkwMDAwfQ.p4yNu7SdVRPWjQPPenAYT1aHovP5dRP4zfrLG8uQ1EMKqGjGZQyveNiqoQF4mKneiwp0sR-DPEvmJXqtCdEPrT; Path=/; HttpOnly; Secure; SameSite=Lax
X-Request-Id: 01JE4QW7N6M3ZV9B2XK5T8R1PD`, gone: ['eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJ', 'jGZQyveNiqoQF4mKneiwp0sR-DPEvmJXqtCdEPrT'], keep: ['01JE4QW7N6M3ZV9B2XK5T8R1PD', 'SameSite=Lax'], source: 'session cookie JWT' },
  { line: `System.IdentityModel.Tokens.Jwt: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '12/5/2026 1:00:00 PM', Current time (UTC): '12/5/2026 2:10:00 PM'. id_token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI5OTQ1OTU2Y2IwYzlhMjI2In0.wP2t3Wkg4OKsyUj5bTvYgb4ahWK9oj8ffzrVQ-OkAjr0dFfe1dO6A953geO6O2Snnn-rHRNUe6tTZ5i1DqwiBpI5oxC5YUvJXahjApS1h2G2E4QAt2BfMqiiAR7STdjgteUAb2qDxR6Grg3o6xkiBzj5yXkS5qV8Mii1L_xjfmvznvZkmO51MOUTl4ihCW1Cm2WjTU9sgvjuic1a5UYZHX9qrmXgTeC0e2rOgcFKKUVpa-sX7fGImfOLcNvT5_x8c8Y5OMXKLZvltn6VqvPMUqbGVSYYq8s0vAcb1JQbHqY1DpinABBYYOiPfDbw_EXxeJMWi0aWabx3ShyKCs1hkh`, gone: ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI5OTQ1OTU', 'inABBYYOiPfDbw_EXxeJMWi0aWabx3ShyKCs1hkh'], keep: ['IDX10223', 'Lifetime validation failed'], source: '.NET JWT validation error' },
  { line: `2026-12-05 14:12:40 WARN retrying upload with fallback credential qtizt20NfSZbskUJoIZm0yo9e9jau1aijOPSsvxy after 3 failures (scan_id=0193a9f2-4c1e-7b8d-9a60-2f5e8c1d7b34)`, gone: ['qtizt20NfSZbskUJoIZm0yo9e9jau1aijOPSsvxy'], keep: ['0193a9f2-4c1e-7b8d-9a60-2f5e8c1d7b34', 'after 3 failures'], source: 'bare high-entropy credential, no key name' },
  { line: `$ ./prowler-cli login tCQiaeOVKk4Zk1Jp82C8UiZEZIEYdLw3
error: login failed: 401 Unauthorized (endpoint https://api.prowler.com/api/v1/tokens)`, gone: ['tCQiaeOVKk4Zk1Jp82C8UiZEZIEYdLw3'], keep: ['https://api.prowler.com/api/v1/tokens', '401 Unauthorized'], source: 'positional CLI secret' },
  { line: `[sidecar] using shared HMAC secret "ZrclHt82opsxow+lf42XEO+zmILs+B7wEeyLXZBezMS+" for webhook signatures -> signature mismatch on delivery 7f6c2d0a`, gone: ['ZrclHt82opsxow+lf42XEO+zmILs+B7wEeyLXZBezMS+'], keep: ['signature mismatch on delivery 7f6c2d0a', '[sidecar]'], source: 'HMAC signing secret (no standard key name)' },
  { line: `root@scan-node-4:~# echo 'oplDLC9wP4zbzita' | sudo -S systemctl restart prowler-worker
[sudo] password for ops: Sorry, try again.
sudo: 1 incorrect password attempt`, gone: ['oplDLC9wP4zbzita'], keep: ['1 incorrect password attempt', 'scan-node-4'], source: 'sudo -S piped password' },
  { line: `Error: webhook secret verification failed for endpoint whsec f090102fcd885d98eef838aa0035992a37e2b981d43d1128587ec5d764c16f45 (event evt_1QZzT4yzDAT1nMRgI4YbUwO8)`, gone: ['f090102fcd885d98eef838aa0035992a37e2b981', 'e2b981d43d1128587ec5d764c16f45'], keep: ['webhook secret verification failed'], source: 'hex webhook secret without label' },
  { line: `stripe.error.SignatureVerificationError: No signatures found matching the expected signature for payload; endpoint_secret=whsec_BdzSVzSbm1enWIbfASl7LajEO4PYEGz5`, gone: ['whsec_BdzSVzSbm1enWIbfASl7LajEO4PYEGz5'], keep: ['SignatureVerificationError', 'No signatures found'], source: 'Stripe webhook signing secret' },
  { line: `ActiveSupport::MessageEncryptor::InvalidMessage (ActiveSupport::MessageEncryptor::InvalidMessage) RAILS_MASTER_KEY=fa4450a8f2bb390f8d02edff85c2e88b SECRET_KEY_BASE=AVl5UyMV4FCX/yjb+Ki0X8Arqy2V41BVGaKB9gTmmScR`, gone: ['fa4450a8f2bb390f8d02edff85c2e88b', 'AVl5UyMV4FCX/yjb+Ki0X8Arqy2V41BVGaKB9gTmmScR'], keep: ['ActiveSupport::MessageEncryptor::InvalidMessage'], source: 'Rails secret key base' },
  { line: `django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty. (settings_prod.py) SECRET_KEY='WATSagvg)x3E+3=8Z6G^HDI$xOrVghYIf0F7)xN1*puZ8*NyCY' was overwritten by env`, gone: ['WATSagvg)x3E+3=8Z6G^HDI$xOrVgh', 'OrVghYIf0F7)xN1*puZ8*NyCY'], keep: ['ImproperlyConfigured', 'settings_prod.py'], source: 'Django SECRET_KEY' },
  { line: `Dec 05 14:20:01 vpn-gw wg-quick[711]: [#] wg set wg0 private-key /dev/fd/63 ... PrivateKey = KNYTKMspovK72vKL+d1JWH8ip6P+jPvc4KuEZgACGoP=
Dec 05 14:20:01 vpn-gw wg-quick[711]: RTNETLINK answers: Operation not supported`, gone: ['KNYTKMspovK72vKL+d1JWH8ip6P+jPvc4KuEZgACGoP='], keep: ['RTNETLINK answers: Operation not supported', 'vpn-gw'], source: 'WireGuard private key' },
  { line: `sops: Failed to get the data key required to decrypt the SOPS file. age: no identity matched any of the recipients; SOPS_AGE_KEY=AGE-SECRET-KEY-13A5TZFRHYC5AXVJLVHAGRA2UYAVC0M6EMVKNAW4Z2CX5AMJGZXPW6JD6FU`, gone: ['AGE-SECRET-KEY-13A5TZFRHYC5AXVJLVHAGRA2UYAVC0M6EMVKNAW4Z2CX5AMJGZXPW6JD6FU'], keep: ['no identity matched any of the recipients', 'sops:'], source: 'age secret key (gitleaks age-secret-key)' },
  { line: `etcd: encryption config: resources: [secrets] providers: - aescbc: keys: - name: key1 secret: 8TAXALbR7O/BhMT8wSkYHx2+VOo0vwNOeN+lt9JC/zk=
E1205 14:25:00 apiserver failed to decrypt: invalid padding`, gone: ['8TAXALbR7O/BhMT8wSkYHx2+VOo0vwNOeN+lt9JC/zk='], keep: ['failed to decrypt: invalid padding', 'name: key1'], source: 'Kubernetes EncryptionConfiguration aescbc key' },
  { line: `INFO  Request: POST /v2/scans HTTP/1.1 X-Api-Key: vIXyAMVnt8iczk5ChHjfLZfvxOYTcKquwXfn0yu5WpE3xvLQ Content-Type: application/json
ERROR Response: 429 Too Many Requests Retry-After: 30`, gone: ['vIXyAMVnt8iczk5ChHjfLZfvxOYTcKquwXfn0yu5WpE3xvLQ'], keep: ['429 Too Many Requests', 'Retry-After: 30'], source: 'X-Api-Key header' },
  { line: `https://scans.scansight.io/share/report?id=rpt_8842&access_token=KXHbTI0_QHfIDY17jBYgLN3_LrfTfhd0ImTDJpZN1_4&download=1 -> 410 Gone (link expired)`, gone: ['KXHbTI0_QHfIDY17jBYgLN3_LrfTfhd0ImTDJpZN1_4'], keep: ['rpt_8842', '410 Gone'], source: 'access_token query parameter' },
  { line: `< HTTP/2 302
< location: /dashboard
< set-cookie: connect.sid=s%3Aaf5dd0d684ba08e74502572360ae7f86f379ce9ae239e44f70cef8dcc186c8ec.rr+O2bDNBXcN6BPwRW06; Path=/; HttpOnly`, gone: ['af5dd0d684ba08e74502572360ae7f86f379ce9a', 'e239e44f70cef8dcc186c8ec'], keep: ['HTTP/2 302', 'location: /dashboard'], source: 'session cookie in HTTP dump' },
  { line: `  File "/venv/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.securitytrails.com/v1/ping?apikey=O9RdRiZX9WBinyvqjKW6c1UMYDUuG8J5W5qW3FaNcvk7RDyY7fxauhucC777BbFT`, gone: ['O9RdRiZX9WBinyvqjKW6c1UMYDUuG8J5W5qW3FaN', 'qW3FaNcvk7RDyY7fxauhucC777BbFT'], keep: ['models.py", line 1024', 'api.securitytrails.com/v1/ping'], source: 'apikey query parameter' },
  { line: `env:
  - name: SONAR_TOKEN
    value: "JipGeViFadNnlbV34aNaHsV3AWJ9JzmuuOqiPLBw"
ERROR: Error during SonarScanner execution
ERROR: Not authorized. Please check the property sonar.token`, gone: ['JipGeViFadNnlbV34aNaHsV3AWJ9JzmuuOqiPLBw'], keep: ['Error during SonarScanner execution', 'sonar.token'], source: 'Kubernetes env value' },
  { line: `[INFO] SonarQube version: 10.6 ... [ERROR] Failed to execute goal org.sonarsource.scanner.maven:sonar-maven-plugin:4.0:sonar (default-cli): Not authorized -Dsonar.login=sqp_9cfbfd0cfe6c4303f76dea02fe183c40c5f98091`, gone: ['sqp_9cfbfd0cfe6c4303f76dea02fe183c40c5f98091'], keep: ['sonar-maven-plugin:4.0:sonar', 'SonarQube version: 10.6'], source: 'SonarQube project token sqp_' },
  { line: `error: API request failed
  caused by: sentry reported an error: Invalid token (http status: 401)
  SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3NjQ5MDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8iJSb1Bevl39Fhq7da2J0tSRqqY7viIKf4SlYFRMZiFQM99h0BVfXFUkH6Zgjz_NMlag0YBFyCSZbuR0rJfWuG7ENIpjBfudC3S197NzJa`, gone: ['sntrys_eyJpYXQiOjE3NjQ5MDAwMDAuMCwidXJsI', 'ag0YBFyCSZbuR0rJfWuG7ENIpjBfudC3S197NzJa'], keep: ['http status: 401', 'sentry reported an error'], source: 'Sentry org auth token sntrys_' },
  { line: `<?xml version="1.0"?><config><notifier type="slack"><channel>#scan-failures</channel><token>xoxp-572865931161-380620672761-0774397316841-b9b7ed677c316add19878e0722f7cb83</token></notifier></config> -- NotifierInitError: token_revoked`, gone: ['xoxp-572865931161-380620672761-077439731', 'b7ed677c316add19878e0722f7cb83'], keep: ['token_revoked', '#scan-failures'], source: 'Slack user token in XML config' },
  { line: `  File "/srv/app/settings.py", line 8
    CLOUDFLARE_API_TOKEN = "GfL7HaQZls3DGdPYsv54ZEIKNXBLL0hjBh"
CloudFlare.exceptions.CloudFlareAPIError: Invalid request headers [code 6003]`, gone: ['GfL7HaQZls3DGdPYsv54ZEIKNXBLL0hjBh'], keep: ['code 6003', '/srv/app/settings.py'], source: 'Cloudflare API token in code dump' },
  { line: `commit 43c80dc63297e254c331b57b9554b9374f4fc0ec
Author: Dana Ruiz <dana@scansight.io>
    fix(scan): retry on ThrottlingException`, gone: [], keep: ['43c80dc63297e254c331b57b9554b9374f4fc0ec', 'ThrottlingException'], source: 'evidence-only: git commit SHA-1' },
  { line: `Error response from daemon: manifest for ghcr.io/scansight/worker@sha256:f7adf00e274561488da9356a27d7fd6eceb35fd483d747bbd7df6d8c9cdcc77b not found: manifest unknown`, gone: [], keep: ['sha256:f7adf00e274561488da9356a27d7fd6eceb35fd483d747bbd7df6d8c9cdcc77b', 'manifest unknown'], source: 'evidence-only: OCI image digest' },
  { line: `< HTTP/1.1 412 Precondition Failed
< ETag: "c0e816136d1c2eb4419257d406d6d335"
< x-amz-request-id: QPSL3J1HOG72GN1H
< x-amz-id-2: pMyfi9jx1f+MH5oTke9S3oHylUpcJca2ADJrmReOCcchUfvfN4Lg/xiWG+GP2S40vEFszK8IyNuZ`, gone: [], keep: ['ETag: "c0e816136d1c2eb4419257d406d6d335"', '412 Precondition Failed'], source: 'evidence-only: S3 ETag and request ids' },
  { line: `{"level":"error","trace_id":"6da4501b1e089f662e93b8a94eedf2d7","span_id":"8e00e6f364dfe352","request_id":"415c2725-0f61-4804-aecb-518391fd2710","msg":"upstream timeout after 30000ms","upstream":"findings-api"}`, gone: [], keep: ['415c2725-0f61-4804-aecb-518391fd2710', '8e00e6f364dfe352', 'upstream timeout after 30000ms'], source: 'evidence-only: OpenTelemetry trace/span ids' },
  { line: `OAuth consent screen misconfigured for client_id=917011816903-234rddawbgam1jxwa4go929utnxqw3g4.apps.googleusercontent.com: redirect_uri_mismatch (redirect_uri=https://scansight.io/oauth/callback)`, gone: [], keep: ['917011816903-234rddawbgam1jxwa4go929utnxqw3g4.apps.googleusercontent.com', 'redirect_uri_mismatch'], source: 'evidence-only: Google OAuth client id (public)' },
  { line: `Warning: the ECDSA host key for 'bastion.scansight.io' differs from the key for the IP address; authorized_keys entry: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIeYbvZZ+S2MfQwumh4ayzabIsCpovhSdoxEJc9huazYW ci@scansight`, gone: [], keep: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIeYbvZZ+S2MfQwumh4ayzabIsCpovhSdoxEJc9huazYW ci@scansight', 'bastion.scansight.io'], source: 'evidence-only: SSH public key' },
  { line: `x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "ScanSight Internal CA")
-----BEGIN CERTIFICATE-----
mMSrqhgetLBcXZkXmrU86fmxu9rZTZQ4YJgUBwVqw/zhOQ4LZBoF8ALG7Lkpq0bZ
RYdGyJX/cpq+ULX/jcmujxdIywPU2+BEBWp091/UhY8y0h60I0AVoDE+NJqI3BgK
i4CwIUMrIrxzk9475qUihmvACByBOuEXd+gr4CkYnRbl7vGlLHZS+hcm/lgxSJSi
YbZFGNIYzsCqoo45OkKPJMItilJNtnaqZ+FtHyyUhEzIadziwc8O+BwXYwGlBry3
v2WTVwpCQuvczNbrjcFBzqs0UVWqW0LJZilCAKhBE1GJtAr2XiorteGhK1Fcezn3
CyiODzO2rTkJRthpahIzEM8plNM08QHnFcVdAdHdntdkEGWGC0ardvURyooItWZX
IP8fauc1zQTwOpSqoZlzkivzZTzp8Hcy1Un+C+dVWI+NbI0wLm+NhDlUxR8V3l2Z
TwPXVGJOfuwJmBx/rG6fQkeDA5pslN9otVCKB8bHh4sfdmSa5HFUFXDzEv7m4t1r
Cd0LWALCjtHA+a6n/EsWrZNgrIFB3ZjC1FlEmMnjSkDYHDMYV6c1oocNyNKA9C89
xdkiJhAJNWiCWeBf2fBQVPGyk5WAxCTjtS82CYqS7oaJDKDS7POv4ZcsvWPBp/Nk
xvEijDB4JiJpSidNx+Fr/PC5GK+3z9KPi+LkeqSQcYj11dpeZd6N/tI5WVWqqCBB
nnIbIgtkYG2bcQV9YC8kP0c+eULJN9exFvs4qmBBLLWTuFbgIa15LnoKK21JulgX
-----END CERTIFICATE-----`, gone: [], keep: ['mMSrqhgetLBcXZkXmrU86fmxu9rZTZQ4YJgUBwVq', 'eULJN9exFvs4qmBBLLWTuFbgIa15LnoKK21JulgX', 'ScanSight Internal CA'], source: 'evidence-only: X.509 certificate PEM (public)' },
  { line: `jwks: key rotation ok kid=2026-12-rsa-01
-----BEGIN PUBLIC KEY-----
OYR2M3ptpJuzED31lJp+v+6GlZba4KIpj30TI5yKBNAntk2XG6YUUD7iBXoGrkkn
cM0esPFDikOmvBSDsH0X9d5RNx1fD4usoUEjJwOf/wvJqJyXs3Ri53Z8TO+3mZkJ
57gnTWVmnLZczsEYvSmAQW8Fu4ThYDNbJvZ65iZzZ6MxCAUSq3E+I8Joj72vFMwb
VvHHK+UowHN0+LcBoH9QHoFrLvPA8akHek9ODEExDWUPnGYWxKwrF1GGSFq7t9B7
jLRnoAFeVkImc+u7dll/Oi5erGOeBtMSE0u/s9taD/rzInheIO5HKDFLs1qKUEzY
-----END PUBLIC KEY-----`, gone: [], keep: ['OYR2M3ptpJuzED31lJp+v+6GlZba4KIpj30TI5yK', 'kid=2026-12-rsa-01'], source: 'evidence-only: RSA public key PEM' },
  { line: `DEBUG queue message body (base64): eyJzY2FuSWQiOiJzY24tNDQ3MSIsInByb3ZpZGVyIjoiYXdzIiwic3RhdHVzIjoiZmFpbGVkIiwiY2hlY2tzIjo0MTIsImZhaWxlZENoZWNrcyI6MTd9`, gone: [], keep: ['eyJzY2FuSWQiOiJzY24tNDQ3MSIsInByb3ZpZGVyIjoiYXdzIiwic3RhdHVzIjoiZmFpbGVkIiwiY2hlY2tzIjo0MTIsImZhaWxlZENoZWNrcyI6MTd9'], source: 'evidence-only: base64 of ordinary JSON' },
  { line: `AADSTS700016: Application with identifier '48652707-9f30-43e5-acaf-cccb56989a57' was not found in the directory 'contoso-scan.onmicrosoft.com'. Correlation ID: daa82769-ca9c-4bd5-b052-63bd5c8af3e6`, gone: [], keep: ['48652707-9f30-43e5-acaf-cccb56989a57', 'AADSTS700016'], source: 'evidence-only: Entra app (client) id' },
  { line: `botocore.errorfactory.KMSInvalidStateException: An error occurred (KMSInvalidStateException) when calling the Decrypt operation: arn:aws:kms:eu-central-1:538219904417:key/624925de-0409-47f5-9823-32b6af42e205 is pending deletion.`, gone: [], keep: ['arn:aws:kms:eu-central-1:538219904417:key/624925de-0409-47f5-9823-32b6af42e205', 'KMSInvalidStateException'], source: 'evidence-only: KMS key ARN' },
  { line: `gsutil: BucketNotFoundException: 404 gs://scansight-tmp-ek5ecc5zdc2s34vk72t95w8b bucket does not exist.`, gone: [], keep: ['scansight-tmp-ek5ecc5zdc2s34vk72t95w8b', 'BucketNotFoundException'], source: 'evidence-only: random bucket name' },
  { line: `sha256sum: WARNING: 1 computed checksum did NOT match
expected d3186da8c73cc24da83e293c7cd370da7a9b7098a6f02886d87a0923209e2c68  prowler-4.3.1-linux-amd64.tar.gz`, gone: [], keep: ['d3186da8c73cc24da83e293c7cd370da7a9b7098a6f02886d87a0923209e2c68', 'prowler-4.3.1-linux-amd64.tar.gz'], source: 'evidence-only: SHA-256 checksum' },
  { line: `ec2_securitygroup_allow_ingress_from_internet_to_any_port FAIL sg-00372b028e6b635da in vpc-01ddb8a39fa9e7fc0 attached to i-0a04a7821294b3c94 allows 0.0.0.0/0 on all ports`, gone: [], keep: ['i-0a04a7821294b3c94', 'sg-00372b028e6b635da', 'vpc-01ddb8a39fa9e7fc0'], source: 'evidence-only: AWS resource ids' },
  { line: `{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"error":"invalid_scope","error_description":"AADSTS70011: The provided value for the input parameter 'scope' is not valid.","correlation_id":"9311e846-28e6-494a-8d21-cfd31913c0f0","nonce":"rzBCZ7JCGR45Y7KzC3BHdf"}`, gone: [], keep: ['AADSTS70011', 'rzBCZ7JCGR45Y7KzC3BHdf'], source: 'evidence-only: OAuth error response without token, with nonce' },
  { line: `Content-MD5 mismatch: expected 4qau6Wkao3EXmXaDCT0BLQ== for blob reports/2026/12/05/findings.ocsf.json (x-ms-request-id: 9331cc02-bf37-4f97-8e1d-9d178eb91ad1)`, gone: [], keep: ['4qau6Wkao3EXmXaDCT0BLQ==', 'findings.ocsf.json'], source: 'evidence-only: Content-MD5 base64' },
  { line: `##[error]Process completed with exit code 1.
Run ID: 12055417733  Job: scan-matrix (aws, eu-west-1)  GITHUB_SHA=283a09b646a45ee6ba497624356527a717c3fb80  GITHUB_REF=refs/heads/main`, gone: [], keep: ['283a09b646a45ee6ba497624356527a717c3fb80', 'exit code 1', 'refs/heads/main'], source: 'evidence-only: CI commit SHA env' },
  { line: `prowler: error: credentials not found; set AWS_SECRET_ACCESS_KEY and AWS_ACCESS_KEY_ID, or use --profile. See https://docs.prowler.com/getting-started/requirements#aws`, gone: [], keep: ['AWS_SECRET_ACCESS_KEY', 'credentials not found', 'docs.prowler.com/getting-started/requirements#aws'], source: 'evidence-only: secret variable name, no value' },
  { line: `password: ********
DB_PASSWORD=<redacted>
ERROR: FATAL: password authentication failed for user "prowler" (SQLSTATE 28P01)`, gone: [], keep: ['SQLSTATE 28P01', 'DB_PASSWORD=<redacted>', 'password: ********'], source: 'evidence-only: already-masked password' },
  { line: `firebase: FirebaseError: Missing or insufficient permissions. (permission-denied) doc=scans/U6ONfUZi10swDQlNRA48 projectId=scansight-web-7c1a2`, gone: [], keep: ['U6ONfUZi10swDQlNRA48', 'projectId=scansight-web-7c1a2'], source: 'evidence-only: Firestore document id' },
  { line: `cloudfront: 403 ERROR The request could not be satisfied. Request ID: y31psTBrOPSrS9tmei56== X-Cache: Error from cloudfront Via: 1.1 e27d6b8842ae91f03e94377a235bf98d.cloudfront.net (CloudFront)`, gone: [], keep: ['e27d6b8842ae91f03e94377a235bf98d.cloudfront.net', 'The request could not be satisfied'], source: 'evidence-only: CloudFront Via host' },
  { line: `Subscription '6be1b404-ae47-48e7-8bda-6ba1fe3cb3ff' could not be found. (Code: SubscriptionNotFound) az account set --subscription 6be1b404-ae47-48e7-8bda-6ba1fe3cb3ff`, gone: [], keep: ['6be1b404-ae47-48e7-8bda-6ba1fe3cb3ff', 'SubscriptionNotFound'], source: 'evidence-only: Azure subscription id' },
  { line: `integrity check failed for "lodash" (computed integrity doesn't match our records, got "sha512-j27yHRY4ObNTiTnlz+qI3vcJiCqWGz4MmzuwhFSxJOBVJYrJQf8fR1QRB2doMccOANHwYelSvSTy2rPfYJZxzw==")`, gone: [], keep: ['sha512-j27yHRY4ObNTiTnlz+qI3vcJiCqWGz4MmzuwhFSxJOBV', 'integrity check failed'], source: 'evidence-only: npm SRI integrity hash' },
  { line: `Error from server (NotFound): pods "prowler-worker-7d9f8c6b5-opf20" not found; configmap "scan-config-d69ed1" exists in namespace "scanning"`, gone: [], keep: ['prowler-worker-7d9f8c6b5-opf20', 'Error from server (NotFound)'], source: 'evidence-only: Kubernetes pod names' },
  { line: `[Peer]
PublicKey = trThckPLyQ0C+46SCUFpS62xkBHF4h/MK2zVkCdiB2V=
AllowedIPs = 10.66.0.0/24
Endpoint = vpn.scansight.io:51820
# wg: handshake did not complete after 5 seconds`, gone: [], keep: ['trThckPLyQ0C+46SCUFpS62xkBHF4h/MK2zVkCdiB2V=', 'vpn.scansight.io:51820'], source: 'evidence-only: WireGuard public key' },
  { line: `gpg: Signature made Thu 04 Dec 2026 18:22:10 UTC
gpg:                using RSA key 8B95BCE536B1A6DFDA03D3D38879454857FB878A
gpg: Can't check signature: No public key`, gone: [], keep: ['8B95BCE536B1A6DFDA03D3D38879454857FB878A', 'Can\'t check signature: No public key'], source: 'evidence-only: GPG key fingerprint' },
  { line: `GitHub App installation failed: client_id=Iv23lidD7nF0feUQUTTi app_id=1048213 installation_id=58819044 node_id=MDQ6VXNlcjCZGw1HJd3z error=installation_suspended`, gone: [], keep: ['app_id=1048213', 'installation_suspended'], source: 'evidence-only: GitHub App public ids' },
  { line: `tus upload 4OJ-lh8ogMXIkdM5W-MbSog2PuY to https://uploads.scansight.io/files/ rejected: file exceeds 2 GiB (status FAILED_PRECONDITION)`, gone: [], keep: ['4OJ-lh8ogMXIkdM5W-MbSog2PuY', 'FAILED_PRECONDITION'], source: 'evidence-only: random upload id' },
  { line: `auth-service: user lookup ok id=8842 email=ops@scansight.io last_login=2026-12-04T22:01:00Z mfa=totp hash_algo=bcrypt cost=12 status=locked_out`, gone: [], keep: ['status=locked_out', 'ops@scansight.io', 'hash_algo=bcrypt'], source: 'evidence-only: auth log without secret' },
  { line: `AWS CloudTrail: eventName=ConsoleLogin errorMessage="Failed authentication" userIdentity.arn=arn:aws:iam::412093857710:user/alice requestID=917e439b-9d39-484c-9215-b81a67e4c13a eventID=901ad948-6cee-4b50-b7e8-1001ebc8d747 sharedEventID=17cfff3fdb369f6aa38d5f5bcf92383e`, gone: [], keep: ['arn:aws:iam::412093857710:user/alice', '17cfff3fdb369f6aa38d5f5bcf92383e', 'Failed authentication'], source: 'evidence-only: CloudTrail ids' },
  { line: `powershell.exe -NoProfile -EncodedCommand RwBlAHQALQBBAHoAUgBlAHMAbwB1AHIAYwBlAEcAcgBvAHUAcAAgAC0ATgBhAG0AZQAgAHIAZwAtAHMAYwBhAG4ALQBlAHUA exited 1: ResourceGroupNotFound`, gone: [], keep: ['RwBlAHQALQBBAHoAUgBlAHMAbwB1AHIAYwBlAEcAcgBvAHUAcAAgAC0ATgBhAG0AZQAgAHIAZwAtAHMAYwBhAG4ALQBlAHUA', 'ResourceGroupNotFound'], source: 'evidence-only: base64 encoded command (benign)' },
  { line: `Stripe.js: IntegrationError: Invalid value for elements(): clientSecret should be a client secret string; publishableKey=pk_live_BmZ46dZw407YkpmN4r01vtRQ (publishable keys are safe to expose)`, gone: [], keep: ['IntegrationError', 'Invalid value for elements()'], source: 'evidence-only: Stripe publishable key context (keep only error)' },
];
