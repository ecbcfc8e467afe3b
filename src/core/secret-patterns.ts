import { CLI_SECRET_PATTERNS } from './secret-patterns-cli.ts';
import { KEY, NOT_MASKED, Q } from './secret-key-grammar.ts';

/**
 * Secret shapes, as plain data. A named group `keep` is left in place (the key, the scheme word) so
 * the line still reads. Every repetition is bounded, so redaction is linear in the text's length;
 * the bounds (200,000 characters) are past any value a log line holds, so length is no way past
 * redaction: an unquoted value cut at a smaller bound once left its remainder in the clear.
 * Order matters: whole blocks and self-describing tokens first, then key=value.
 */

/** `pairs`: the match's `pairs` group is a cookie list; each value in it is redacted, each name kept. */
export const SECRET_PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp; pairs?: true }> = [
  // PEM private keys (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted), also JSON-escaped ("\n" inside a service-account key file).
  { kind: 'private-key', pattern: /(?<keep>-----BEGIN (?<kt>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----)[\s\S]{0,64000}?-----END \k<kt>-----/g },
  // A block cut off before its END line: everything base64-looking after the BEGIN line.
  { kind: 'private-key', pattern: /(?<keep>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)(?!\[REDACTED)(?=[A-Za-z0-9+/=\s\\]{0,20}[A-Za-z0-9+/=])[A-Za-z0-9+/=\s\\:,-]{1,64000}/g },
  // PuTTY .ppk files: the lines after "Private-Lines: N".
  { kind: 'private-key', pattern: /(?<keep>\bPrivate-Lines:[ \t]{0,5}\d{1,3}\r?\n)(?!\[REDACTED)[A-Za-z0-9+/=]{1,200}(?:\r?\n[A-Za-z0-9+/=]{1,200}(?=\r?\n|$)){0,500}/g },
  // A PEM block base64-encoded whole (kubeconfig client-key-data, Kubernetes Secrets): "-----BEGIN" is "LS0tLS1CRUdJTi".
  // Certificates, public keys, CSRs and CRLs are evidence (certificate-authority-data).
  { kind: 'private-key', pattern: /\bLS0tLS1CRUdJTi(?!BDRVJUSUZJQ0FUR|BQVUJMSUMgS0VZ|BSU0EgUFVCTElDIEtFWS|BYNTA5IENSTC)[A-Za-z0-9+/=]{20,200000}/g },
  // DER in base64 (a PKCS#12 bundle, a PKCS#8 key): it starts "MII" and runs long. An X.509 certificate
  // (…CCA…gAwIBAgI) and an RSA public key (…jANBgkqhkiG9w0BAQEFAAOC, a BIT STRING) are evidence.
  { kind: 'private-key', pattern: /(?<![A-Za-z0-9+/])MII(?![A-Za-z0-9+/]{1,3}CCA[A-Za-z0-9+/]{1,3}gAwIBAgI)(?![A-Za-z0-9+/]{1,3}jANBgkqhkiG9w0BAQEFAAOC)[A-Za-z0-9+/]{120,200000}={0,2}/g },
  // AWS session tokens in the clear (their base64 starts with the same bytes).
  { kind: 'aws-session-token', pattern: /\b(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/=%]{20,200000}/g },
  // Azure storage and Cosmos DB account keys: 512 bits, base64 (86 characters and "=="), whatever field holds them.
  { kind: 'secret', pattern: /(?<![A-Za-z0-9+/])(?<!sha(?:256|384|512)-)(?!eyJ)[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/g },
  // JWTs (and JWEs): base64url header starting eyJ ('{"'), then dot-separated base64url parts. No practical length cap.
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{4,200000}\.[A-Za-z0-9_-]{4,200000}\.[A-Za-z0-9_-]{0,200000}(?:\.[A-Za-z0-9_-]{0,200000}\.[A-Za-z0-9_-]{0,200000})?/g },
  // AWS access key ids: long-term (AKIA), temporary (ASIA) and other principal prefixes.
  { kind: 'aws-access-key-id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b|\b(?:akia|asia)(?=[a-z0-9]{0,15}\d)[a-z0-9]{16}\b/g },
  // GCP API keys and OAuth access/refresh tokens.
  { kind: 'gcp-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { kind: 'token', pattern: /\bya29\.[0-9A-Za-z_.-]{10,200000}|\b1\/\/0[0-9A-Za-z_-]{20,200000}/g },
  // Azure client secrets (current format: 3 chars, a digit, "Q~", then 31–34 chars).
  { kind: 'azure-client-secret', pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g },
  // SaaS tokens with self-describing prefixes: GitHub, GitLab, Slack, Stripe, npm, PyPI, OpenAI, Anthropic, SendGrid, Twilio, Shopify, DigitalOcean, Hugging Face, Atlassian.
  {
    kind: 'token',
    pattern:
      /\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255}|glpat-[A-Za-z0-9_-]{20,255}|gl(?:ptt|dt|rt|cbt|oas)-[A-Za-z0-9_-]{20,255}|xox[abposre]-[A-Za-z0-9-]{10,255}|xapp-[A-Za-z0-9-]{10,255}|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,255}|whsec_[A-Za-z0-9]{20,255}|npm_[A-Za-z0-9]{36}|pypi-[A-Za-z0-9_-]{50,255}|sk-(?:proj-|ant-(?:api|admin)\d\d-|svcacct-)?[A-Za-z0-9_-]{20,255}|SG\.[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{16,64}|SK[0-9a-f]{32}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|do[opr]_v1_[a-f0-9]{64}|hf_[A-Za-z0-9]{30,255}|ATATT3[A-Za-z0-9_=-]{20,255})/g,
  },
  // More self-describing prefixes: HashiCorp Vault, New Relic, Terraform Cloud, Databricks, Mailgun, Alibaba, Tencent,
  // Grafana, age, Postman, Sentry, Linear, Doppler, Pulumi, RubyGems, Square, Figma, NuGet, Flutterwave.
  {
    kind: 'token',
    pattern:
      /\b(?:hv[sbr]\.[A-Za-z0-9_-]{20,255}|NR(?:AK|II|JS)-[A-Za-z0-9]{19,40}|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,255}|dapi[0-9a-f]{32}(?:-\d)?|key-[0-9a-f]{32}|LTAI[A-Za-z0-9]{12,24}|AKID[A-Za-z0-9]{13,40}|gl(?:sa|c)_[A-Za-z0-9_=+/-]{20,255}|AGE-SECRET-KEY-1[0-9A-Z]{58}|PMAK-[0-9a-f]{24}-[0-9a-f]{34}|sntr[ysu]s?_[A-Za-z0-9+/=_-]{20,255}|sntry[su]_[A-Za-z0-9+/=_-]{20,255}|(?:api|sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|lin_api_[A-Za-z0-9]{40}|dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,255}|pul-[a-f0-9]{40}|sq[pau]_[0-9a-f]{40}|rubygems_[a-f0-9]{48}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,60}|figd_[A-Za-z0-9_-]{40,255}|oy2[a-z0-9]{43}|FLWSECK(?:_TEST)?-[a-f0-9]{32}-X|v1\.0-[a-f0-9]{24}-[a-f0-9]{146}|HRKU-[A-Za-z0-9_-]{20,255}|tskey-[a-z]{2,10}-[A-Za-z0-9]{6,40}-[A-Za-z0-9]{16,80}|fm[12]_[A-Za-z0-9+/]{50,4000}={0,2}|dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{8,64}|ntn_\d{11}[A-Za-z0-9]{35}|ABSK[A-Za-z0-9+/]{100,4000}={0,2}|DO00[A-Z0-9]{16}|dckr_pat_[A-Za-z0-9_-]{20,60}|[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{20,40}|GOOG1[A-Z0-9]{20,70}|S[UOA]A[A-Z2-7]{55}|rdme_[a-z0-9]{70}|pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_-])/g,
  },
  // Telegram bot tokens (bot id, colon, 35 characters), also inside api.telegram.org/bot<token>/ paths.
  {
    kind: 'token',
    pattern: /(?<![0-9])\d{5,16}:A[A-Za-z0-9_-]{34}(?![A-Za-z0-9_-])/g,
  },
  // Webhook URLs whose path is the secret: Slack, Discord, Microsoft Teams.
  { kind: 'secret', pattern: /(?<keep>\bhooks\.slack\.com\/(?:services|workflows|triggers)\/)(?!\[REDACTED)[A-Za-z0-9/_-]{8,2000}/g },
  { kind: 'secret', pattern: /(?<keep>\bdiscord(?:app)?\.com\/api\/webhooks\/\d{1,30}\/)(?!\[REDACTED)[A-Za-z0-9_-]{20,2000}/g },
  { kind: 'secret', pattern: /(?<keep>\.webhook\.office\.com\/webhookb2\/)(?!\[REDACTED)[^\s"'<>]{10,2000}/g },
  // Azure Functions keys in the query string (?code=).
  { kind: 'secret', pattern: /(?<keep>\.azurewebsites\.net\/[^\s?#"']{0,500}\?(?:[^\s#"']{0,2000}&)?code=)(?!\[REDACTED)[^\s&#"']{10,200000}/g },
  // Docker config "auth" (base64 user:password); cookies in request and response headers.
  { kind: 'secret', pattern: /(?<keep>"auth"[ \t]{0,5}:[ \t]{0,5}")(?!\[REDACTED)[A-Za-z0-9+/=]{8,200000}/g },
  { kind: 'secret', pattern: /(?<keep>\bSet-Cookie["']?[ \t]{0,5}:[ \t]{0,5}(?:\[[ \t]{0,5})?["']?[^=;\s"']{1,200}=)(?!\[REDACTED)[^;\r\n]{1,200000}/gi },
  { kind: 'secret', pairs: true, pattern: /(?<keep>(?<!Set-)\bCookie["']?[ \t]{0,5}[:=][ \t]{0,5}["']?)(?<pairs>(?:[^\s=;"',]{1,200}=[^\s;"',]{0,4096}(?:;[ \t]{0,2}|(?=[\s"',]|$))){1,50})/gi },
  // curl -u user:password, --user, --proxy-user.
  { kind: 'password', pattern: /(?<keep>(?<![\w-])(?:-u|--user|--proxy-user)(?:[ \t]{1,5}|=)["']?[^\s:"']{1,200}:)(?!\[REDACTED)[^\s"']{1,200000}/g },
  // Go MySQL DSNs (user:password@tcp(host)/db) and .netrc (machine … login … password …).
  { kind: 'password', pattern: /(?<keep>(?<![\w/:.@-])[\w.-]{1,64}:)(?!\[REDACTED)[^\s@/]{1,200}(?=@(?:tcp|unix|udp)\()/g },
  { kind: 'password', pattern: /(?<keep>\blogin[ \t]{1,10}[^\s]{1,200}\s{1,20}password[ \t]{1,10})(?!\[REDACTED)[^\s]{1,200000}/g },
  // Azure storage / Service Bus connection strings and SAS signatures.
  { kind: 'secret', pattern: /(?<keep>\b(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig|(?<=;)AccessKey)=)(?!\[REDACTED|REDACTED\b|\*{2,64})[^\s;&"'<>]{1,200000}/gi },
  // ODBC braces: Pwd={p}}w} (a "}" inside is doubled).
  { kind: 'password', pattern: /(?<keep>\b(?:Pwd|Password)=\{)(?!\[REDACTED)(?:[^}\n]|\}\}){1,4096}(?=\})/gi },
  // A Prowler finding naming the variable ("variable SecretKey -> value=x"); a GitHub Actions debug trace
  // that evaluates a secret on one line and prints it on the next.
  { kind: 'secret', pattern: new RegExp(`(?<keep>\\bvariable[ \\t]{1,3}${KEY}[ \\t]{0,3}(?:->|=>|:)[ \\t]{0,3}value=)(?!\\[REDACTED)[^\\s"']{1,4096}`, 'gi') },
  { kind: 'secret', pattern: /(?<keep>##\[debug\]Evaluating: secrets\.[A-Za-z0-9_]{1,100}\r?\n[^\n]{0,60}##\[debug\]Result: ')(?!\[REDACTED)[^'\n]{1,4096}/g },
  // A YAML block scalar under a secret-named key (signing_key: | / passphrase: >-): every more-indented line after it.
  { kind: 'secret', pattern: new RegExp(`(?<keep>^(?<ind>[ \\t]{0,40})[^\\S\\n]{0,0}(?:[\\w.-]{0,60}[ \\t]{0,5})?${KEY}["']?[ \\t]{0,5}:[ \\t]{0,5}[|>][-+]?\\d?[ \\t]{0,5}\\r?\\n)(?:\\k<ind>[ \\t]{1,40}[^\\s][^\\n]{0,4096}(?:\\r?\\n|$)){1,200}`, 'gim') },
  // A password passed positionally: connect("host", "user", "pw"), open(host=…, user="u", "pw"), ftp's "user u pw",
  // Oracle's thin URL user/pw@, Windows /pass:pw, kubectl create secret --from-literal=k=v.
  { kind: 'password', pattern: /(?<keep>\b\w{0,30}(?:connect|login|logon|open|auth|authenticate|bind|sign_?in)\w{0,20}(?<!Exception|Error)\((?:[^()\n]{0,300}?,)?[ \t]{0,3}(?:user(?:name)?[ \t]{0,3}=[ \t]{0,3})?["'][^"'\n]{1,200}["'][ \t]{0,3},[ \t]{0,3}(?:pass(?:word)?[ \t]{0,3}=[ \t]{0,3})?["'])(?!\[REDACTED)[^"'\n]{1,4096}(?=["'][ \t]{0,3}\))/gi },
  { kind: 'password', pattern: /(?<keep>\bftp\b[^\n]{0,200}?\buser[ \t]{1,3}[^\s"']{1,64}[ \t]{1,3})(?!\[REDACTED)[^\s"']{1,4096}/g },
  { kind: 'password', pattern: /(?<keep>\bjdbc:oracle:(?:thin|oci):[^/\s@:]{1,64}\/)(?!\[REDACTED)[^@\s]{1,200}(?=@)/g },
  { kind: 'password', pattern: /(?<keep>(?<![\w/])\/(?:pass(?:word)?|pwd|p)[:=])(?!\[REDACTED)[^\s"']{1,4096}/g },
  { kind: 'secret', pattern: /(?<keep>--from-literal[= ][^=\s]{1,100}=)(?!\[REDACTED)(?=[^\s"']{0,4096}[^A-Za-z\s"'])[^\s"']{1,4096}/g },
  // JSON or an HTML input escaped into HTML (&quot;password&quot;:&quot;x&quot;, name=&#39;pw&#39; value=&#39;x&#39;).
  { kind: 'secret', pattern: new RegExp(`(?<keep>(?:&quot;|&#39;|&#34;)${KEY}(?:&quot;|&#39;|&#34;)[ \\t]{0,3}:[ \\t]{0,3}(?:&quot;|&#39;|&#34;))(?!\\[REDACTED)(?:(?!&quot;|&#39;|&#34;)[^\\n<]){1,4096}`, 'gi') },
  { kind: 'secret', pattern: new RegExp(`(?<keep>\\bname=(?:&quot;|&#39;|&#34;)${KEY}(?:&quot;|&#39;|&#34;)[^<>\\n]{0,200}?\\bvalue=(?:&quot;|&#39;|&#34;))(?!\\[REDACTED)(?:(?!&quot;|&#39;|&#34;)[^\\n<]){1,4096}`, 'gi') },
  // .pgpass content quoted in a message (line: host:port:db:user:password).
  { kind: 'password', pattern: /(?<keep>\.pgpass\b[^\n]{0,200}?[ \t][^\s:#]{1,253}:(?:\d{1,5}|\*):[^\s:]{1,100}:[^\s:]{1,100}:)(?!\[REDACTED)[^\s]{1,4096}/g },
  // botocore's debug log prints the request signature on the line after "Signature:".
  { kind: 'token', pattern: /(?<keep>\bSignature:[ \t]{0,5}\r?\n)(?!\[REDACTED)[0-9a-f]{64}\b/g },
  // requests' auth=(user, password) tuple.
  { kind: 'password', pattern: /(?<keep>\bauth[ \t]{0,3}=[ \t]{0,3}\([ \t]{0,3}["'][^"'\n]{1,200}["'][ \t]{0,3},[ \t]{0,3}["'])(?!\[REDACTED)[^"'\n]{1,4096}/g },
  // Bundler's per-host credentials in the environment (BUNDLE_GEMS__EXAMPLE__COM=user:password).
  { kind: 'password', pattern: /(?<keep>\bBUNDLE_[A-Z0-9_]{1,120}__[A-Z]{2,6}=)(?!\[REDACTED)[^\s"']{1,4096}/g },
  // URL-encoded JSON (%22password%22%3A%22x%22), Erlang binaries (<<"password">> => <<"x">>), curly quotes
  // (“password”: “x”), a tab-separated field name and its value.
  { kind: 'secret', pattern: new RegExp(`(?<keep>%22${KEY}%22(?:%3A|:)(?:%20)?%22)(?!\\[REDACTED)(?:(?!%22)[^\\s&"']){1,4096}`, 'gi') },
  { kind: 'secret', pattern: new RegExp(`(?<keep><<"${KEY}">>[ \\t]{0,5}=>[ \\t]{0,5}<<")(?!\\[REDACTED)[^"\\n]{1,4096}`, 'gi') },
  { kind: 'secret', pattern: new RegExp(`(?<keep>[“‘«]${KEY}[”’»][ \\t]{0,5}:[ \\t]{0,5}[“‘«])(?!\\[REDACTED)[^”’»\\n]{1,4096}`, 'gi') },
  { kind: 'secret', pattern: new RegExp(`(?<keep>(?<![^\\s])${KEY}\\t)(?!\\[REDACTED)${NOT_MASKED}[^\\s]{1,4096}`, 'gi') },
  // PHP's define('DB_PASSWORD', 'x').
  { kind: 'secret', pattern: new RegExp(`(?<keep>\\bdefine\\([ \\t]{0,3}["']${KEY}["'][ \\t]{0,3},[ \\t]{0,3}["'])(?!\\[REDACTED)[^"'\\n]{1,4096}`, 'gi') },
  // SQL that sets a password: IDENTIFIED [WITH plugin] BY 'x', [ENCRYPTED] PASSWORD 'x', PASSWORD = N'x', SET PASSWORD FOR u = 'x'.
  { kind: 'password', pattern: /(?<keep>(?<![\w'"])(?:IDENTIFIED(?:[ \t]{1,5}WITH[ \t]{1,5}\w{1,40})?[ \t]{1,5}BY(?:[ \t]{1,5}PASSWORD)?[ \t]{1,5}|(?:(?:UN)?ENCRYPTED[ \t]{1,5})?PASSWORD(?:[ \t]{1,5}FOR[ \t]{1,5}[^\s=]{1,200})?(?:[ \t]{1,5}|[ \t]{0,5}=[ \t]{0,5}))N?(?<sq>['"]))(?!\[REDACTED)(?:(?!\k<sq>)[^\n]){1,4096}/gi },
  // Network device and daemon configs: IOS "password 7 x", "secret 5 $1$…", "key 0 x", a lone "key x" line, SNMP
  // communities and v3 keys, IKE pre-shared keys, Junos authentication-key/encrypted-password, Redis requirepass,
  // strongSwan ": PSK", Redis ACL ">password", OpenVPN static keys, Ansible Vault blocks, Kafka JAAS user_<name>.
  { kind: 'password', pattern: /(?<keep>(?<![\w-])(?:(?:password|key)[ \t]{1,3}[067]|secret[ \t]{1,3}[0589])[ \t]{1,3})(?!\[REDACTED)(?=[^\s"']{0,4096}[^A-Za-z\s"'])[^\s"']{4,4096}/g },
  { kind: 'password', pattern: /(?<keep>^[ \t]{0,8}key[ \t]{1,3})(?!\[REDACTED)[^\s"']{6,4096}(?=[ \t]{0,8}\r?$)/gm },
  { kind: 'password', pattern: /(?<keep>\b(?:snmp-server[ \t]{1,3}community|rocommunity6?|rwcommunity6?|crypto[ \t]{1,3}isakmp[ \t]{1,3}key|requirepass|masterauth)[ \t]{1,5})(?!\[REDACTED)[^\s"']{1,4096}/gi },
  { kind: 'password', pattern: /(?<keep>\b(?:pre-shared-key|authentication-key|encrypted-password|auth-password|privacy-password)(?:[ \t]{1,3}(?:ascii-text|hex|0|6|7|8))?[ \t]{1,3}["']?)(?!\[REDACTED)[^\s"']{1,4096}/gi },
  { kind: 'password', pattern: /(?<keep>\b(?:auth(?:entication)?|priv(?:acy)?)[ \t]{1,3}(?:md5|sha(?:-?\d{1,3})?|des|3des|aes(?:[ \t-]?\d{3})?)[ \t]{1,3}["']?)(?!\[REDACTED)[^\s"']{4,4096}/gi },
  { kind: 'password', pattern: /(?<keep>\bcreateUser[ \t]{1,5}[^\s]{1,64}[ \t]{1,5}(?:MD5|SHA(?:-\d{1,3})?)[ \t]{1,5}["']?)(?!\[REDACTED)[^\s"']{1,4096}/g },
  { kind: 'password', pattern: /(?<keep>\[REDACTED:[a-z-]{1,30}\]["']?[ \t]{1,3}(?:DES|AES(?:-?\d{3})?)[ \t]{1,5}["']?)(?!\[REDACTED)[^\s"']{1,4096}/g },
  { kind: 'password', pattern: /(?<keep>:[ \t]{1,5}(?:PSK|EAP|XAUTH)[ \t]{1,5}["']?)(?!\[REDACTED)[^\s"']{1,4096}/g },
  { kind: 'password', pattern: /(?<keep>\bACL[ \t]{1,3}SETUSER\b[^\n>]{0,200}?[ \t]>)(?!\[REDACTED)[^\s]{1,4096}/gi },
  { kind: 'password', pattern: /(?<keep>\bAUTH[ \t]{1,3}(?:default[ \t]{1,3})?)(?!\[REDACTED)(?!(?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5)\b)[^\s"')]{6,4096}(?=[)\s"']|$)/g },
  { kind: 'private-key', pattern: /(?<keep>-----BEGIN OpenVPN Static key V\d-----)(?:\r?\n[0-9a-f]{8,64}){1,64}/g },
  { kind: 'secret', pattern: /(?<keep>\$ANSIBLE_VAULT;[\d.]{1,10};[A-Z0-9]{1,20}(?:;[\w-]{1,60})?)(?:\s{1,40}[0-9a-f]{16,200}){1,1000}/g },
  { kind: 'password', pattern: /(?<keep>LoginModule\b[^;\n]{0,400}?\buser_[\w-]{1,60}=")(?!\[REDACTED)[^"\n]{1,4096}/g },
  // A secret-named variable's default (${DB_PASSWORD:-x}), a value echoed into a pass file, a markdown table row.
  { kind: 'secret', pattern: /(?<keep>\$\{[A-Za-z_]\w{0,60}(?:PASS|PASSWORD|PASSWD|SECRET|TOKEN|KEY|PWD)\w{0,30}:?-)(?!\[REDACTED)[^}\n]{1,4096}(?=\})/gi },
  { kind: 'secret', pattern: /(?<keep>\becho[ \t]{1,5}["']?)(?!\[REDACTED)[^\s"'|>]{6,4096}(?=["']?[ \t]{0,5}>{1,2}[ \t]{0,5}[^\s]{0,200}(?:pass|secret|token|key|cred)\w{0,20}\b)/gi },
  { kind: 'secret', pattern: new RegExp(`(?<keep>\\|[ \\t]{0,40}${KEY}[ \\t]{0,40}\\|[ \\t]{0,40})(?!\\[REDACTED)[^\\s|]{1,4096}(?=[ \\t]{0,40}\\|)`, 'gi') },
  // A secret-named key and its value in a whitespace-aligned table (env listings): KEY, 2+ spaces, value, end of line.
  { kind: 'secret', pattern: new RegExp(`(?<keep>${KEY}[ \\t]{2,40})(?!\\[REDACTED)${NOT_MASKED}[^\\s"']{6,4096}(?=[ \\t]{0,40}\\r?$)`, 'gim') },
  // Bearer credentials, any case, any length: "Bearer x", "BEARER x". The token must hold a digit or
  // symbol or be 16+ letters, so prose ("bearer token expired") is left alone.
  { kind: 'token', pattern: new RegExp(String.raw`(?<keep>\bbearer[ \t]{1,10})(?!\[REDACTED)${NOT_MASKED}(?=[A-Za-z0-9\-._~+/]{0,200000}[0-9\-._~+/]|[A-Za-z]{16})[A-Za-z0-9\-._~+/]{6,200000}={0,2}`, 'gi') },
  // Other Authorization schemes, only in a header: "Authorization: Basic dXNlcjpwYXNz".
  { kind: 'token', pattern: new RegExp(String.raw`(?<keep>(?:\b|(?<=\\[nrt]))(?:Proxy-)?Authorization["']?[ \t]{0,5}[:=][ \t]{0,5}(?!\[REDACTED)["'[]?(?!SharedAccessSignature\b)(?:[A-Za-z][\w-]{1,30}[ \t]{1,10}(?=[^\s"',;]{4}))?)(?!\[REDACTED)${NOT_MASKED}(?![A-Za-z][\w-]{1,30}[ \t]{1,10}\[REDACTED)(?!Bearer\b)[^\s"',;\]]{4,200000}`, 'gi') },
  // Vendor headers named for a key or token (X-Shodan-Key, X-ApiKeys, X-Vault-Token, X-Auth-Signature).
  { kind: 'token', pattern: /(?<keep>(?:\b|(?<=\\[nrt]))X-[A-Za-z0-9-]{0,40}(?:Keys?|Token|Secret|Auth|Signature)["']?[ \t]{0,5}[:=][ \t]{0,5}(?!\[REDACTED)["'[]?)(?!\[REDACTED)[^\s"',;\]]{4,200000}/gi },
  // A key or code in a query string (?key=, &code= for an OAuth code, &subscription-key=): long values only, so &code=403 stays.
  { kind: 'secret', pattern: /(?<keep>[?&](?:key|code|auth|subscription-key|sid)=)(?!\[REDACTED)(?=[^\s&#"']{16})[^\s&#"']{16,200000}/gi },
  // HTTP Digest: the response hash proves the password.
  { kind: 'token', pattern: /(?<keep>\bresponse=")(?!\[REDACTED)[0-9a-f]{32,128}/g },
  // A URL whose user part is a key (a Sentry DSN https://<key>@o1.ingest.sentry.io/1, a token clone URL): 20+ key
  // characters with a digit, no password after it. A plain user name (git@, deploy@) stays.
  { kind: 'token', pattern: /(?<keep>\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}:\/\/)(?!\[REDACTED)(?=[A-Za-z0-9_-]{0,255}\d)[A-Za-z0-9_-]{20,255}(?=@[^\s@/]{1,253}(?:[/:?#\s"']|$))/g },
  // A JSON "key" whose value is shaped like one (16+ characters mixing upper, lower and digits, no path or dot):
  // `oci iam customer-secret-key create` output. "key": "reports/a.json" and "key": "db_password" stay.
  { kind: 'secret', pattern: /(?<keep>"key"[ \t]{0,5}:[ \t]{0,5}")(?=[^"\s/.]{16,200}")(?=[^"]{0,200}[A-Z])(?=[^"]{0,200}[a-z])(?=[^"]{0,200}\d)[^"\s/.]{16,200}(?=")/g },
  // Passwords in URLs: scheme://user:password@host, scheme://:password@host, passwords holding '@' (up to the last '@' before the host).
  { kind: 'password', pattern: /(?<keep>\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}:\/\/[^\s:@/;]{0,200}:)(?!\[REDACTED)(?!\*{1,64}@|\$\{)[^\s;?]{1,200}(?=@[^\s@/]{1,253}(?:[/:?#\s"']|$))/g },
  // Passwords after a tool's own flag (sshpass -p, mysql -pX, keytool -storepass, …).
  ...CLI_SECRET_PATTERNS,
  // CLI flags: --password X, --secret-access-key=X; a bare -p is too ambiguous and read only after known tools.
  { kind: 'secret', pattern: new RegExp(`(?<keep>--${KEY}(?:[ \\t]{1,5}|=|["']?,[ \\t]{0,3})["']?)(?!\\[REDACTED)${NOT_MASKED}(?!-)[^\\s"']{1,200000}`, 'gi') },
  // <Password>x</Password>, <ns:clientSecret>x</…>, and .NET <add key="StorageAccountKey" value="x" />.
  { kind: 'secret', pattern: new RegExp(`(?<keep><(?:[\\w.-]{0,60}:)?${KEY}(?:\\s[^<>]{0,200})?>)(?!\\[REDACTED)[^<]{1,200000}(?=</)`, 'gi') },
  { kind: 'secret', pattern: new RegExp(`(?<keep>\\bkey=["']${KEY}["'][ \\t]{1,5}value=["'])(?!\\[REDACTED)[^"']{1,200000}`, 'gi') },
  // A secret named by a sibling field: Kubernetes env {"name":"DB_PASSWORD","value":"x"} (JSON or YAML), ARM {"adminPassword":{"value":"x"}}.
  { kind: 'secret', pattern: new RegExp(`(?<keep>(?<q>["'])(?:[A-Za-z]{0,20}name|[A-Za-z]{0,20}key|label|id|field)\\k<q>[ \\t]{0,5}:[ \\t]{0,5}\\k<q>${KEY}\\k<q>[^{}]{0,300}?\\k<q>[A-Za-z]{0,20}value\\k<q>[ \\t]{0,5}:[ \\t]{0,5}\\k<q>)(?!\\[REDACTED)(?:(?!\\k<q>)[^\\n]){1,200000}`, 'gi') },
  // An account key listing ({"keyName":"key1","permissions":"FULL","value":"…"}): the value is the key.
  { kind: 'secret', pattern: /(?<keep>"keyName"[ \t]{0,5}:[ \t]{0,5}"[^"\n]{1,100}"[^{}]{0,300}?"value"[ \t]{0,5}:[ \t]{0,5}")(?!\[REDACTED)[^"\n]{1,200000}/g },
  { kind: 'secret', pattern: new RegExp(`(?<keep>\\b(?:name|property|key):[ \\t]{0,5}["']?${KEY}["']?[ \\t]{0,5}\\r?\\n(?:[ \\t]{0,40}[\\w-]{1,40}:[^\\n]{0,200}\\r?\\n){0,3}[ \\t]{0,40}value:[ \\t]{0,5}(?:[|>][-+]?[ \\t]{0,5}\\r?\\n[ \\t]{0,40})?["']?)(?!\\[REDACTED)[^\\s"']{1,200000}`, 'gi') },
  { kind: 'secret', pattern: new RegExp(`(?<keep>${KEY}${Q}[ \\t]{0,5}:[ \\t]{0,5}\\{[^{}]{0,400}?"value"[ \\t]{0,5}:[ \\t]{0,5}")(?!\\[REDACTED)[^"\\n]{1,200000}`, 'gi') },
  // key = value, key: value, "key": "value", \"key\":\"value\", KEY=value for secret-named keys, with any
  // (and Terraform's var.db_password is "x"),
  // prefix (DB_PASSWORD, adminPassword, x-api-key). A quoted value runs to its closing quote; an unquoted one to a separator.
  {
    kind: 'secret',
    pattern: new RegExp(
      `(?<keep>${KEY}${Q}\\]?[ \\t]{0,40}(?::=|<-|:|=|=>|(?<=[ \\t])is(?=[ \\t]{1,3}"))[ \\t]{0,40}${Q})(?!\\[REDACTED)${NOT_MASKED}(?:(?<!:[ \\t])|(?![A-Z][A-Za-z0-9]{1,40}:(?!\\/\\/)))(?!(?:null|true|false|none|undefined)\\b|\\*{3,64}(?![^\\s"',;])|-----BEGIN [A-Z ]{1,40}-----\\[REDACTED|\\d{1,9} bytes\\b)(?:(?<=\\\\["'])(?:[^"'\\\\\\n]|\\\\(?!["'])){1,200000}|(?<=["'])[^"'\\n]{1,200000}|(?:[^\\s"',;&)}{[\\]<>^\\\\]|\\^(?!@)|\\\\(?![nrt])){1,200000})`,
      'gi',
    ),
  },
  // Any *_key / *-key whose value looks like a key (16+ key characters, no path, host or ARN punctuation):
  // CF_ORIGIN_CA_KEY=v1.0-…, "routing_key":"03cb…", dd-application-key. "kms_key": "arn:…" and "s3_key": "a/b.json" stay.
  { kind: 'secret', pattern: /(?<keep>(?:(?<![A-Za-z0-9])|(?<=\\[nrt]))[A-Za-z0-9_.-]{1,60}(?<!idempotency|cache|partition|sort|primary|foreign|object|s3|row|hash|range|dedupe?|lookup|search|group|order|public|monkey|turkey|hockey|donkey|output|parameter|tag)(?:[_-]key|(?<=[a-z])Key)["']?[ \t]{0,5}[:=][ \t]{0,5}["']?)(?!\[REDACTED)(?=[A-Za-z0-9+/=_-]{16,4096}(?![A-Za-z0-9+/=_.:-]))[A-Za-z0-9+/=_-]{16,4096}/gi },
  // HTML inputs: <input name="password" value="x">, <input type="password" … value="x">, a CSRF token's value.
  { kind: 'secret', pattern: new RegExp(`(?<keep><input\\b[^<>]{0,200}?(?:\\bname=["']${KEY}["']|\\btype=["']password["'])[^<>]{0,200}?\\bvalue=["'])(?!\\[REDACTED)[^"'<>]{1,4096}`, 'gi') },
  // SMTP AUTH PLAIN/LOGIN (base64 of user and password) and Postfix sasl_passwd ([host]:port user:password).
  { kind: 'password', pattern: /(?<keep>\bAUTH (?:PLAIN|LOGIN|XOAUTH2)[ \t]{1,5})(?!\[REDACTED)[A-Za-z0-9+/=]{8,4096}/g },
  { kind: 'password', pattern: /(?<keep>^\[[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}\]:\d{1,5}[ \t]{1,10}(?:\[REDACTED:[a-z-]{1,30}\]|[^\s:]{1,200}):)(?!\[REDACTED)[^\s]{1,4096}/gm },
  // A value cut by a shell line continuation (`\` then a new line) or wrapped onto an indented line: the next
  // line's leading token, if it holds a digit and is followed by nothing but space, is the rest of it.
  { kind: 'secret', pattern: /(?<keep>\[REDACTED:[a-z-]{1,30}\](?:\\|[ \t]{0,5})\r?\n[ \t]{0,8})(?!\[REDACTED)(?=[A-Za-z0-9+/_-]{0,4096}\d)[A-Za-z0-9+/_-]{16,4096}={0,2}(?=[ \t]|\r?\n|$)/g },
  // A comma-separated list under a secret-named key (APP_KEYS=a,b): the items after the first redacted one.
  { kind: 'secret', pattern: /(?<keep>\[REDACTED:[a-z-]{1,30}\],)(?!\[REDACTED)(?=[A-Za-z0-9+/=_-]{12,4096}(?:[,\s"']|$))(?=[A-Za-z0-9+/=_-]{0,4096}\d)[A-Za-z0-9+/=_-]{12,4096}/g },
  // Continuation lines of a redacted value wrapped at a fixed width (a session token in a bundle exporter).
  { kind: 'secret', pattern: /(?<keep>\[REDACTED:[a-z-]{1,30}\][ \t]{0,5}\r?\n)(?:[A-Za-z0-9+/=]{40,4096}\r?\n){0,100}[A-Za-z0-9+/=]{40,4096}(?=\r?\n|$)/g },
  // Key Vault secret bundles ({"value":"x","id":"https://kv.vault.azure.net/secrets/…"}), Vault unseal keys,
  // .pgpass lines (host:port:db:user:password), Redis AUTH in MONITOR output, multipart form fields.
  { kind: 'secret', pattern: /(?<keep>"value"[ \t]{0,5}:[ \t]{0,5}")(?!\[REDACTED)[^"\n]{1,4096}(?="[ \t]{0,5},[ \t]{0,5}"id"[ \t]{0,5}:[ \t]{0,5}"https:\/\/[\w.-]{1,100}\.vault\.azure\.net\/secrets\/)/g },
  { kind: 'secret', pattern: /(?<keep>"id"[ \t]{0,5}:[ \t]{0,5}"https:\/\/[\w.-]{1,100}\.vault\.azure\.net\/secrets\/[^"\n]{0,300}"[^{}]{0,300}?"value"[ \t]{0,5}:[ \t]{0,5}")(?!\[REDACTED)[^"\n]{1,4096}/g },
  { kind: 'secret', pattern: /(?<keep>\bUnseal Key(?: \d{1,2})?:[ \t]{1,5})(?!\[REDACTED)[^\s]{8,4096}/g },
  { kind: 'password', pattern: /(?<keep>^[^\s:#]{1,253}:(?:\d{1,5}|\*):[^\s:]{1,100}:[^\s:]{1,100}:)(?!\[REDACTED)[^\s]{1,4096}/gm },
  { kind: 'password', pattern: /(?<keep>"AUTH" ")(?!\[REDACTED)[^"\n]{1,200}/gi },
  { kind: 'password', pattern: /(?<keep>"AUTH" "\[REDACTED:password\]" ")(?![A-Z]{3,20}")(?!\[REDACTED)[^"\n]{1,200}/gi },
  { kind: 'secret', pattern: new RegExp(`(?<keep>\\bname="${KEY}"\\r?\\n\\r?\\n)(?!\\[REDACTED)[^\\r\\n]{1,4096}`, 'gi') },
  // A PHP session's file name is its id (sess_<id>); npm's auth=/_auth= holds base64 of user:password.
  { kind: 'secret', pattern: /(?<keep>\/sess_)(?!\[REDACTED)[A-Za-z0-9,-]{20,256}/g },
  { kind: 'secret', pattern: /(?<keep>(?<![\w-])_?auth[ \t]{0,3}[=:][ \t]{0,3}["']?)(?!\[REDACTED)(?=[A-Za-z0-9+/]{16})[A-Za-z0-9+/]{16,4096}={0,2}/g },
  // NATS and other "-----BEGIN … SEED-----" blocks.
  { kind: 'private-key', pattern: /(?<keep>-{5,6}BEGIN [A-Z ]{0,30}SEED-{5,6})(?!\[REDACTED)[\s\S]{1,4096}?(?=-{5,6}END )/g },
  // The value right after a redacted key id is its secret: AKIA…:secret, Client('SK…', 'secret').
  { kind: 'secret', pattern: /(?<keep>\[REDACTED:(?:aws-access-key-id|token)\]["']?[ \t]{0,3}[:,][ \t]{0,3}["']?)(?!\[REDACTED)(?=(?<v>[A-Za-z0-9/+_-]{16,4096}={0,2}))\k<v>(?![A-Za-z0-9/+=_-]|["']?[ \t]{0,3}:)/g },
  // CI messages that name the variable: ##vso[task.setvariable variable=dbPassword]x.
  { kind: 'secret', pattern: new RegExp(`(?<keep>##vso\\[task\\.setvariable variable=${KEY}[^\\]\\n]{0,200}\\])(?!\\[REDACTED)[^\\s]{1,200000}`, 'gi') },
  // A secret's new value in a plan's diff: "DB_PASSWORD" = "[REDACTED:secret]" -> "new value".
  { kind: 'secret', pattern: /(?<keep>"\[REDACTED:[a-z-]{1,30}\]"[ \t]{1,5}->[ \t]{1,5}")(?!\[REDACTED|\(sensitive)[^"\s]{1,200000}/g },
];
