/**
 * Passwords on command lines, where each tool has its own flag (shell history, `set -x`, CI logs,
 * Ansible's "cmd"). Same contract as secret-patterns.ts: plain data, a `keep` group left in place,
 * every repetition bounded. A tool's flag is only read as a password after that tool's name on the
 * same command, so `-p 8080` or `-a SHA` elsewhere stay as they are.
 */
import { KEY } from './secret-key-grammar.ts';

const ARGS = String.raw`[^\n|;&]{0,300}?[ \t]`;
const VALUE = String.raw`(?!\[REDACTED)(?!-)[^\s"']{1,4096}`;

export const CLI_SECRET_PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  // sshpass -p X; redis-cli -a X; ldapsearch -w X; sqlcmd -P X; SNMP communities and v3 passphrases.
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>\bsshpass[ \t]{1,5}-p[ \t]{0,5}["']?)${VALUE}`, 'g') },
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>\b(?:redis|valkey|keydb)-cli\b${ARGS}-a[ \t]{1,5}["']?)${VALUE}`, 'g') },
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>\bldap(?:search|modify|add|delete|whoami|passwd|compare|modrdn)\b${ARGS}-w[ \t]{1,5}["']?)${VALUE}`, 'g') },
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>\bsqlcmd\b${ARGS}-P[ \t]{1,5}["']?)${VALUE}`, 'g') },
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>\bsnmp[a-z]{0,12}\b${ARGS}-[cA][ \t]{1,5}["']?)${VALUE}`, 'g') },
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>\bsnmp[a-z]{0,12}\b${ARGS}-X[ \t]{1,5}["']?)${VALUE}`, 'g') },
  { kind: 'password', pattern: /(?<keep>\b(?:ro|rw)community6?[ \t]{1,10})(?!\[REDACTED)[^\s"']{1,4096}/g },
  // mysql -pSECRET and 7z -pSECRET: the password glued to the flag (a bare -p prompts instead).
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>(?:\b|(?<=\\[nrt]))(?:mysql(?:dump|admin|import|sh)?|mariadb(?:-dump)?|7za?|7zz)\b${ARGS}-p["']?)(?!\[REDACTED)[^\s"']{1,4096}`, 'g') },
  // keytool -storepass/-keypass/-srcstorepass, openssl -passin/-passout pass:X, jenkins-cli -auth user:token.
  { kind: 'password', pattern: /(?<keep>(?<![\w-])-(?:(?:src|dest|new)?(?:store|key)pass|pass(?:in|out|word)?)[ \t]{1,5}(?:pass:)?["']?)(?!\[REDACTED)(?!-)[^\s"']{1,4096}/g },
  { kind: 'password', pattern: /(?<keep>(?<![\w-])-auth[ \t]{1,5}[^\s:]{1,200}:)(?!\[REDACTED)[^\s"']{1,4096}/g },
  // htpasswd -b [-c] file user PASSWORD; net use \\host\share /user:DOMAIN\user PASSWORD; nmcli … password X.
  { kind: 'password', pattern: /(?<keep>\bhtpasswd[ \t]{1,5}(?:-[a-zA-Z]{1,4}[ \t]{1,5}){1,4}[^\s]{1,300}[ \t]{1,5}[^\s]{1,200}[ \t]{1,5}["']?)(?!\[REDACTED)[^\s"']{1,4096}/g },
  { kind: 'password', pattern: /(?<keep>\bnet[ \t]{1,5}use\b[^\n]{0,300}?\/user:[^\s]{1,200}[ \t]{1,5}["']?)(?!\[REDACTED)(?!\/)[^\s"']{1,4096}/gi },
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>\bnmcli\b${ARGS}(?:password|wifi-sec\.psk|802-1x\.password)[ \t]{1,5}["']?)${VALUE}`, 'g') },
  // `aws configure set aws_secret_access_key X`, `npm config set //host/:_authToken X`, `pulumi config set --secret k X`:
  // a setting's value after its secret-named key. Also `snyk auth X`, `rabbitmqctl add_user u X`, `::add-mask::X`.
  { kind: 'secret', pattern: new RegExp(String.raw`(?<keep>\bset[ \t]{1,5}(?:--secret[ \t]{1,5})?(?:[^\s]{0,200}?[/:])?${KEY}[ \t]{1,5}["']?)(?!FOR\b)${VALUE}`, 'gi') },
  { kind: 'token', pattern: /(?<keep>\bvault[ \t]{1,5}login[ \t]{1,5}(?:-[\w-]{1,30}(?:=[^\s]{0,100})?[ \t]{1,5}){0,4}(?:token=)?)(?!\[REDACTED)(?!-)[^\s"'`=]{8,4096}(?=[\s"'`]|$)/g },
  { kind: 'token', pattern: /(?<keep>(?<![\w-])--auth(?:[ \t]{1,5}|=)["']?)(?!\[REDACTED)(?!-)(?=[^\s"']{12})[^\s"'`]{12,4096}/g },
  { kind: 'token', pattern: /(?<keep>\bsnyk[ \t]{1,5}auth[ \t]{1,5})(?!\[REDACTED)(?!-)[^\s"'`]{8,4096}/g },
  { kind: 'password', pattern: /(?<keep>\brabbitmqctl[ \t]{1,5}(?:add_user|change_password)[ \t]{1,5}[^\s]{1,200}[ \t]{1,5}["']?)(?!\[REDACTED)[^\s"']{1,4096}/g },
  { kind: 'secret', pattern: /(?<keep>::add-mask::)(?!\[REDACTED)[^\s"']{1,4096}/g },
  // docker/podman/helm registry login -p X; lftp -u user,password.
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>\b(?:docker|podman|nerdctl|oras|crane|buildah|skopeo|helm registry|az)[ \t]{1,5}login\b${ARGS}(?:-p|--password)(?:[ \t]{1,5}|=)["']?)${VALUE}`, 'g') },
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>\blftp\b${ARGS}-u[ \t]{1,5}[^\s,]{1,200},)(?!\[REDACTED)[^\s"']{1,4096}`, 'g') },
  // PowerShell parameters named for a secret (-Password 'x', -ClientSecret x, -Token x); PHP's PDO constructor;
  // a secret echoed into a registry login's --password-stdin.
  { kind: 'password', pattern: new RegExp(String.raw`(?<keep>(?<![\w-])-(?!-)${KEY}[ \t]{1,5}["']?)(?![($])${VALUE}`, 'gi') },
  { kind: 'password', pattern: /(?<keep>\bPDO->__construct\('[^'\n]{1,300}', '[^'\n]{0,200}', ')(?!\[REDACTED)[^'\n]{1,4096}/g },
  { kind: 'password', pattern: /(?<keep>\b(?:echo|printf)[ \t]{1,5}(?:-n[ \t]{1,5})?["']?)(?!\[REDACTED)[^\s"'|]{8,4096}(?=["']?[ \t]{0,5}\|[ \t]{0,5}(?:(?:docker|podman|nerdctl|oras|helm registry)[ \t][^\n]{0,200}--password-stdin|(?:docker|podman)[ \t]{1,5}secret[ \t]{1,5}create\b|kubectl[ \t][^\n]{0,200}--from-file|sudo[ \t]{1,5}-S\b))/g },
  // PowerShell: ConvertTo-SecureString 'pw' -AsPlainText, also -String "pw".
  { kind: 'password', pattern: /(?<keep>\bConvertTo-SecureString\b[ \t]{1,5}(?:-String[ \t]{1,5})?["'])(?!\[REDACTED)[^"'\n]{1,4096}/gi },
  { kind: 'password', pattern: /(?<keep>\bConvertTo-SecureString\b[ \t]{1,5}(?:-String[ \t]{1,5})?&quot;)(?!\[REDACTED)(?:(?!&quot;[ \t]{1,5}-)[^\n]){1,4096}(?=&quot;[ \t]{1,5}-)/gi },
];
