
use builtin;
use str;

set edit:completion:arg-completer[atslink] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'atslink'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'atslink'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand org 'Create, list, show and delete customer organisations'
            cand provider 'Platform-wide provider app settings (client ids, endpoints, secrets)'
            cand licence 'Licence seats: list, assign, disable, enable, reassign, claim, pool size'
            cand audit 'Show the audit log of changes'
            cand demo 'A guided tour in a temporary home: real commands, shown as they run'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;org'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an organisation'
            cand list 'List organisations with their seats and integrations'
            cand show 'Show an organisation: seats, integrations and recent audit entries'
            cand delete 'Delete an organisation, its users and its stored secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;org;create'= {
            cand --name 'Display name, e.g. "Acme Recruitment"'
            cand --seats 'Licence seats the organisation has bought'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;org;list'= {
            cand --format 'Output format (json is the same as --json)'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;org;show'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;org;delete'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;org;help'= {
            cand create 'Create an organisation'
            cand list 'List organisations with their seats and integrations'
            cand show 'Show an organisation: seats, integrations and recent audit entries'
            cand delete 'Delete an organisation, its users and its stored secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;org;help;create'= {
        }
        &'atslink;org;help;list'= {
        }
        &'atslink;org;help;show'= {
        }
        &'atslink;org;help;delete'= {
        }
        &'atslink;org;help;help'= {
        }
        &'atslink;provider'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set a provider''s app registration and endpoints (secrets go to the credential store)'
            cand show 'Show provider settings and whether a secret is stored (never its value)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;provider;set'= {
            cand --client-id 'OAuth client id of the platform''s app (JobAdder, Salesforce)'
            cand --authorize-url 'OAuth authorize endpoint (JobAdder)'
            cand --token-url 'OAuth token endpoint (JobAdder)'
            cand --api-url 'API base used when the token response names none (JobAdder, Flare)'
            cand --login-url 'Login host: https://login.salesforce.com, https://test.salesforce.com or a My Domain (Salesforce)'
            cand --redirect-uri 'Loopback redirect URI registered with the app (JobAdder, Salesforce)'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --client-secret-stdin 'Read the OAuth client secret from stdin (JobAdder, Salesforce)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;provider;show'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;provider;help'= {
            cand set 'Set a provider''s app registration and endpoints (secrets go to the credential store)'
            cand show 'Show provider settings and whether a secret is stored (never its value)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;provider;help;set'= {
        }
        &'atslink;provider;help;show'= {
        }
        &'atslink;provider;help;help'= {
        }
        &'atslink;licence'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List an organisation''s users and seats'
            cand assign 'Give users a licence, creating them if needed (or from a CSV file)'
            cand disable 'Take users'' licences away and stop automatic assignment'
            cand enable 'Give disabled users their licence back'
            cand reassign 'Move one user''s seat to another user in one step'
            cand claim 'Take a free seat on a user''s first access (what the integration launch calls)'
            cand seats 'Set the number of seats the organisation has bought'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;licence;list'= {
            cand --state 'Only users in this licence state'
            cand --role 'Only users with this role'
            cand --format 'Output format (json is the same as --json)'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;assign'= {
            cand --file 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)'
            cand --role 'Role for new users named on the command line [default: member]'
            cand --name 'Name for the user (with a single EMAIL)'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --dry-run 'Show what would change, and change nothing'
            cand --partial 'When there are not enough seats, assign in order up to the limit and report the rest (exit 8)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;disable'= {
            cand --file 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --dry-run 'Show what would change, and change nothing'
            cand --partial 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;enable'= {
            cand --file 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --dry-run 'Show what would change, and change nothing'
            cand --partial 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;reassign'= {
            cand --name 'Name for TO when it is created'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;claim'= {
            cand --name 'The user''s name, recorded when the user is created'
            cand --source 'Where the user came from'
            cand --external-id 'The user''s id at the source provider'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;seats'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --force 'Allow fewer seats than active users; the excess stay active and are listed as over-allocated'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;help'= {
            cand list 'List an organisation''s users and seats'
            cand assign 'Give users a licence, creating them if needed (or from a CSV file)'
            cand disable 'Take users'' licences away and stop automatic assignment'
            cand enable 'Give disabled users their licence back'
            cand reassign 'Move one user''s seat to another user in one step'
            cand claim 'Take a free seat on a user''s first access (what the integration launch calls)'
            cand seats 'Set the number of seats the organisation has bought'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;licence;help;list'= {
        }
        &'atslink;licence;help;assign'= {
        }
        &'atslink;licence;help;disable'= {
        }
        &'atslink;licence;help;enable'= {
        }
        &'atslink;licence;help;reassign'= {
        }
        &'atslink;licence;help;claim'= {
        }
        &'atslink;licence;help;seats'= {
        }
        &'atslink;licence;help;help'= {
        }
        &'atslink;audit'= {
            cand --since 'Only entries on or after this date (YYYY-MM-DD or RFC 3339)'
            cand --limit 'At most this many entries, newest first'
            cand --format 'Output format (json is the same as --json)'
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;demo'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;completions'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;help'= {
            cand org 'Create, list, show and delete customer organisations'
            cand provider 'Platform-wide provider app settings (client ids, endpoints, secrets)'
            cand licence 'Licence seats: list, assign, disable, enable, reassign, claim, pool size'
            cand audit 'Show the audit log of changes'
            cand demo 'A guided tour in a temporary home: real commands, shown as they run'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;help;org'= {
            cand create 'Create an organisation'
            cand list 'List organisations with their seats and integrations'
            cand show 'Show an organisation: seats, integrations and recent audit entries'
            cand delete 'Delete an organisation, its users and its stored secrets'
        }
        &'atslink;help;org;create'= {
        }
        &'atslink;help;org;list'= {
        }
        &'atslink;help;org;show'= {
        }
        &'atslink;help;org;delete'= {
        }
        &'atslink;help;provider'= {
            cand set 'Set a provider''s app registration and endpoints (secrets go to the credential store)'
            cand show 'Show provider settings and whether a secret is stored (never its value)'
        }
        &'atslink;help;provider;set'= {
        }
        &'atslink;help;provider;show'= {
        }
        &'atslink;help;licence'= {
            cand list 'List an organisation''s users and seats'
            cand assign 'Give users a licence, creating them if needed (or from a CSV file)'
            cand disable 'Take users'' licences away and stop automatic assignment'
            cand enable 'Give disabled users their licence back'
            cand reassign 'Move one user''s seat to another user in one step'
            cand claim 'Take a free seat on a user''s first access (what the integration launch calls)'
            cand seats 'Set the number of seats the organisation has bought'
        }
        &'atslink;help;licence;list'= {
        }
        &'atslink;help;licence;assign'= {
        }
        &'atslink;help;licence;disable'= {
        }
        &'atslink;help;licence;enable'= {
        }
        &'atslink;help;licence;reassign'= {
        }
        &'atslink;help;licence;claim'= {
        }
        &'atslink;help;licence;seats'= {
        }
        &'atslink;help;audit'= {
        }
        &'atslink;help;demo'= {
        }
        &'atslink;help;completions'= {
        }
        &'atslink;help;help'= {
        }
    ]
    $completions[$command]
}
