
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand org 'Create, list, show and delete customer organisations'
            cand provider 'Platform-wide provider app settings (client ids, endpoints, secrets)'
            cand integration 'Link organisations to JobAdder, Salesforce and Flare; unlink, relink, list'
            cand flare 'Push JobAdder candidates and placements into Flare; mapping; diagnose'
            cand licence 'Licence seats: list, assign, disable, enable, reassign, claim, pool size'
            cand token 'Token health and refresh: status, refresh'
            cand audit 'Show the audit log of changes'
            cand serve 'Run the service: JobAdder button and Salesforce tab launches, JobAdder webhooks to Flare, daily token keep-alive and alerts, health and metrics (HTTP behind a TLS proxy)'
            cand secrets 'The database credential store''s master key: rekey'
            cand state 'The state store: where it lives (SQLite or a team''s PostgreSQL), and moving a home onto PostgreSQL'
            cand sandbox 'The provider sandbox: an emulator of JobAdder, Salesforce and Flare, and its controls'
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an organisation'
            cand list 'List organisations with their seats and integrations'
            cand show 'Show an organisation: seats, integrations and recent audit entries'
            cand delete 'Delete an organisation, its users and its stored secrets'
            cand check 'Readiness report: licences and every linked provider checked live, each with its fix'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;org;create'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --name 'Display name, e.g. "Acme Recruitment"'
            cand --seats 'Licence seats the organisation has bought'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;org;list'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --format 'Output format (json is the same as --json)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;org;check'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --only 'Only this group of checks'
            cand --concurrency 'Provider checks in flight at once'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --all-orgs 'Check every organisation: one line each; exits with the worst'
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
            cand check 'Readiness report: licences and every linked provider checked live, each with its fix'
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
        &'atslink;org;help;check'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set a provider''s app registration and endpoints (secrets go to the credential store)'
            cand show 'Show provider settings and whether a secret is stored (never its value)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;provider;set'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --client-id 'OAuth client id of the platform''s app (JobAdder, Salesforce)'
            cand --authorize-url 'OAuth authorize endpoint (JobAdder)'
            cand --token-url 'OAuth token endpoint (JobAdder)'
            cand --api-url 'API base used when the token response names none (JobAdder, Flare)'
            cand --login-url 'Login host: https://login.salesforce.com, https://test.salesforce.com or a My Domain (Salesforce)'
            cand --redirect-uri 'Loopback redirect URI registered with the app; repeat it to list several, tried in order until a port is free (JobAdder, Salesforce)'
            cand --partner-action-url 'URL template of the Actions-menu button on candidates: https, with {candidateId} and {userId}, at most 500 characters (JobAdder)'
            cand --partner-action-name 'Name of the Actions-menu button, at most 100 characters [default: Allsorter] (JobAdder)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --client-secret-stdin 'Read the OAuth client secret from stdin (JobAdder, Salesforce)'
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
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
        &'atslink;integration'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand link 'Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)'
            cand unlink 'Remove a link: clean up at the provider where possible, then forget its secrets'
            cand relink 'Replace a link''s tokens with a new consent; the old ones stay until the new ones are stored'
            cand list 'List links with their health'
            cand button 'Show the organisation''s JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;integration;link'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand jobadder 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)'
            cand salesforce 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer'
            cand flare 'Flare: the organisation''s API key, read from stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;integration;link;jobadder'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --timeout 'How long to wait for the consent'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --no-browser 'Do not open a browser: print the URL (to send to the customer''s admin) and read the final redirect URL from stdin'
            cand --allow-shared-account 'Link even if the JobAdder account is already linked to another organisation (its users then see one button per organisation)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;integration;link;salesforce'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --timeout 'How long to wait for the consent'
            cand --client-id 'The customer''s connected app consumer key'
            cand --login-url 'Login host (https://login.salesforce.com, https://test.salesforce.com or a My Domain)'
            cand --jwt-key 'JWT bearer flow with this RSA private key (PKCS#8 PEM); needs --username'
            cand --username 'The pre-authorised user for --jwt-key'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --no-browser 'Do not open a browser: print the URL (to send to the customer''s admin) and read the final redirect URL from stdin'
            cand --client-secret-stdin 'Read the connected app''s consumer secret from stdin'
            cand --device 'Use the device flow (a code to enter on another device)'
            cand --allow-shared-account 'Link even if the Salesforce org is already linked to another organisation'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;integration;link;flare'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --api-url 'API base URL [default: providers.flare.api_url]'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --api-key-stdin 'Read the organisation''s API key from stdin'
            cand --allow-shared-account 'Link even if the Flare account is already linked to another organisation'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;integration;link;help'= {
            cand jobadder 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)'
            cand salesforce 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer'
            cand flare 'Flare: the organisation''s API key, read from stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;integration;link;help;jobadder'= {
        }
        &'atslink;integration;link;help;salesforce'= {
        }
        &'atslink;integration;link;help;flare'= {
        }
        &'atslink;integration;link;help;help'= {
        }
        &'atslink;integration;unlink'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;integration;relink'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --allow-account-change 'Accept a consent from a different JobAdder account or Salesforce org than the current link''s'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand jobadder 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)'
            cand salesforce 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer'
            cand flare 'Flare: the organisation''s API key, read from stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;integration;relink;jobadder'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --timeout 'How long to wait for the consent'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --allow-account-change 'Accept a consent from a different JobAdder account or Salesforce org than the current link''s'
            cand --no-browser 'Do not open a browser: print the URL (to send to the customer''s admin) and read the final redirect URL from stdin'
            cand --allow-shared-account 'Link even if the JobAdder account is already linked to another organisation (its users then see one button per organisation)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;integration;relink;salesforce'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --timeout 'How long to wait for the consent'
            cand --client-id 'The customer''s connected app consumer key'
            cand --login-url 'Login host (https://login.salesforce.com, https://test.salesforce.com or a My Domain)'
            cand --jwt-key 'JWT bearer flow with this RSA private key (PKCS#8 PEM); needs --username'
            cand --username 'The pre-authorised user for --jwt-key'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --allow-account-change 'Accept a consent from a different JobAdder account or Salesforce org than the current link''s'
            cand --no-browser 'Do not open a browser: print the URL (to send to the customer''s admin) and read the final redirect URL from stdin'
            cand --client-secret-stdin 'Read the connected app''s consumer secret from stdin'
            cand --device 'Use the device flow (a code to enter on another device)'
            cand --allow-shared-account 'Link even if the Salesforce org is already linked to another organisation'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;integration;relink;flare'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --api-url 'API base URL [default: providers.flare.api_url]'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --allow-account-change 'Accept a consent from a different JobAdder account or Salesforce org than the current link''s'
            cand --api-key-stdin 'Read the organisation''s API key from stdin'
            cand --allow-shared-account 'Link even if the Flare account is already linked to another organisation'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;integration;relink;help'= {
            cand jobadder 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)'
            cand salesforce 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer'
            cand flare 'Flare: the organisation''s API key, read from stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;integration;relink;help;jobadder'= {
        }
        &'atslink;integration;relink;help;salesforce'= {
        }
        &'atslink;integration;relink;help;flare'= {
        }
        &'atslink;integration;relink;help;help'= {
        }
        &'atslink;integration;list'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --format 'Output format (json is the same as --json)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;integration;button'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --update 'Re-register the button at the current name and URL (serve''s launch route when [serve] public_url is set), without a relink'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;integration;help'= {
            cand link 'Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)'
            cand unlink 'Remove a link: clean up at the provider where possible, then forget its secrets'
            cand relink 'Replace a link''s tokens with a new consent; the old ones stay until the new ones are stored'
            cand list 'List links with their health'
            cand button 'Show the organisation''s JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;integration;help;link'= {
            cand jobadder 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)'
            cand salesforce 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer'
            cand flare 'Flare: the organisation''s API key, read from stdin'
        }
        &'atslink;integration;help;link;jobadder'= {
        }
        &'atslink;integration;help;link;salesforce'= {
        }
        &'atslink;integration;help;link;flare'= {
        }
        &'atslink;integration;help;unlink'= {
        }
        &'atslink;integration;help;relink'= {
            cand jobadder 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)'
            cand salesforce 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer'
            cand flare 'Flare: the organisation''s API key, read from stdin'
        }
        &'atslink;integration;help;relink;jobadder'= {
        }
        &'atslink;integration;help;relink;salesforce'= {
        }
        &'atslink;integration;help;relink;flare'= {
        }
        &'atslink;integration;help;list'= {
        }
        &'atslink;integration;help;button'= {
        }
        &'atslink;integration;help;help'= {
        }
        &'atslink;flare'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand push 'Push JobAdder candidates or placements into Flare (once only, as Candidates)'
            cand mapping 'Check which JobAdder workplaces and companies match Flare locations and legal entities'
            cand diagnose 'Find out why a candidate did not reach Flare, and gather what a support ticket needs'
            cand auto 'Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;flare;push'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --candidate 'A JobAdder candidate id (with their latest placement selected for onboarding export)'
            cand --placement 'A JobAdder placement id'
            cand --email 'The JobAdder candidate with this email (as on a support ticket)'
            cand --name 'The JobAdder candidate with this name, when only one has it'
            cand --since 'Every placement created or approved since then that is selected for onboarding export: a date, a duration before now (7d), or `last` (where the previous successful batch started)'
            cand --concurrency 'How many records a batch reads ahead at once (creating people stays one at a time)'
            cand --page-size 'JobAdder placements per page when listing (1-1000)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --require-match 'Refuse to push a record whose location or legal entity would fall back to the Flare account''s default'
            cand --dry-run 'Show what would be sent and every mapping warning; change nothing anywhere'
            cand --retry-failed 'In a batch, also retry records whose last push failed for a reason of their own (transient failures are always retried)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;flare;mapping'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --since 'Placements created since this date [default: 90 days ago]'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;flare;diagnose'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --candidate 'A JobAdder candidate id (with their latest placement selected for onboarding export)'
            cand --placement 'A JobAdder placement id'
            cand --email 'The candidate''s email (as on a support ticket); also looked up in Flare and the ledger when JobAdder cannot be asked'
            cand --name 'The JobAdder candidate with this name, when only one has it'
            cand --bundle 'Also write everything as JSON to this file (no token or key in it)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;flare;auto'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand on 'Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)'
            cand off 'Delete the JobAdder webhook, then forget its authorization value'
            cand status 'Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;flare;auto;on'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --public-url 'The public URL `atslink serve` is reached at [default: serve.public_url]'
            cand --trigger 'What exports: `placement` (placement_approved) and/or `candidate` (a "Send to Flare" button on candidates); repeatable'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;flare;auto;off'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;flare;auto;status'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --wait 'First wait (up to this long, e.g. 30s) until serve has handled every stored event and its watchdog has re-enabled every suspended webhook; exit 7 if not'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;flare;auto;help'= {
            cand on 'Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)'
            cand off 'Delete the JobAdder webhook, then forget its authorization value'
            cand status 'Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;flare;auto;help;on'= {
        }
        &'atslink;flare;auto;help;off'= {
        }
        &'atslink;flare;auto;help;status'= {
        }
        &'atslink;flare;auto;help;help'= {
        }
        &'atslink;flare;help'= {
            cand push 'Push JobAdder candidates or placements into Flare (once only, as Candidates)'
            cand mapping 'Check which JobAdder workplaces and companies match Flare locations and legal entities'
            cand diagnose 'Find out why a candidate did not reach Flare, and gather what a support ticket needs'
            cand auto 'Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;flare;help;push'= {
        }
        &'atslink;flare;help;mapping'= {
        }
        &'atslink;flare;help;diagnose'= {
        }
        &'atslink;flare;help;auto'= {
            cand on 'Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)'
            cand off 'Delete the JobAdder webhook, then forget its authorization value'
            cand status 'Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events'
        }
        &'atslink;flare;help;auto;on'= {
        }
        &'atslink;flare;help;auto;off'= {
        }
        &'atslink;flare;help;auto;status'= {
        }
        &'atslink;flare;help;help'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
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
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --state 'Only users in this licence state'
            cand --role 'Only users with this role'
            cand --format 'Output format (json is the same as --json)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;assign'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --file 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)'
            cand --role 'Role for new users named on the command line [default: member]'
            cand --name 'Name for the user (with a single EMAIL)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --dry-run 'Show what would change, and change nothing'
            cand --partial 'When there are not enough seats, assign in order up to the limit and report the rest (exit 8)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;disable'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --file 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --dry-run 'Show what would change, and change nothing'
            cand --partial 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)'
            cand --skip-unknown 'Skip users who do not exist, reporting each as `unknown` (exit 8), instead of refusing the whole change'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;enable'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --file 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --dry-run 'Show what would change, and change nothing'
            cand --partial 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)'
            cand --skip-unknown 'Skip users who do not exist, reporting each as `unknown` (exit 8), instead of refusing the whole change'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;reassign'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --name 'Name for TO when it is created'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;claim'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --name 'The user''s name, recorded when the user is created'
            cand --source 'Where the user came from'
            cand --external-id 'The user''s id at the source provider'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;licence;seats'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --force 'Allow fewer seats than active users; the excess stay active and are listed as over-allocated'
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
        &'atslink;token'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show every link''s token health: expiry, last refresh, forecast death, remedy'
            cand refresh 'Refresh links'' tokens through the locked path (the nightly keep-alive)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;token;status'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --warn-within 'Call a link `expiring` when its refresh token dies within this'
            cand --concurrency 'How many links --check asks about at once'
            cand --format 'Output format (json is the same as --json)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --all 'All organisations, even when ATSLINK_ORG is set (the default without --org)'
            cand --check 'Ask the providers too: is the token accepted, is the authorising user still active?'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;token;refresh'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --provider 'Only this provider''s links'
            cand --if-idle 'Only links whose refresh token has not been used for this long (e.g. 7d)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --all 'Every link of every organisation (also when ATSLINK_ORG is set)'
            cand --force 'Refresh even if another process refreshed moments ago, or a failed refresh''s cool-down is running'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;token;help'= {
            cand status 'Show every link''s token health: expiry, last refresh, forecast death, remedy'
            cand refresh 'Refresh links'' tokens through the locked path (the nightly keep-alive)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;token;help;status'= {
        }
        &'atslink;token;help;refresh'= {
        }
        &'atslink;token;help;help'= {
        }
        &'atslink;audit'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --since 'Only entries on or after this date (YYYY-MM-DD or RFC 3339)'
            cand --limit 'At most this many entries, newest first'
            cand --format 'Output format (json is the same as --json)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;serve'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --listen 'Address to listen on [default: serve.listen, else the address of an http public URL on this machine, else 127.0.0.1:8780]; port 0 picks a free one'
            cand --public-url 'The public https URL the reverse proxy serves atslink at [default: serve.public_url]'
            cand --drain-timeout 'How long in-flight requests may take to finish after SIGTERM or Ctrl-C'
            cand --drain-delay 'After SIGTERM or Ctrl-C, keep serving this long with /readyz answering 503 before closing the listener, so a load balancer takes this replica out first (set it above the readiness probe''s period)'
            cand --log-format 'How log events are written on stderr: text lines, or one JSON object per line'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;secrets'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand rekey 'Re-encrypt every secret of the database credential store under a new master key, in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;secrets;rekey'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --new-key-file 'Read the new master key (base64 of 32 bytes) from this file; it must be mode 0600'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --new-key-stdin 'Read the new master key (base64 of 32 bytes) from stdin'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;secrets;help'= {
            cand rekey 'Re-encrypt every secret of the database credential store under a new master key, in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;secrets;help;rekey'= {
        }
        &'atslink;secrets;help;help'= {
        }
        &'atslink;state'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table'
            cand migrate 'Copy this home''s SQLite state and its secrets into an empty PostgreSQL database (a team''s shared store)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;state;status'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;state;migrate'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --to 'The target database, postgres://USER@HOST/DATABASE[?sslmode=require]; default: ATSLINK_DATABASE_URL, then [state] url. Keep a password out of the command line (ATSLINK_DATABASE_PASSWORD)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;state;help'= {
            cand status 'Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table'
            cand migrate 'Copy this home''s SQLite state and its secrets into an empty PostgreSQL database (a team''s shared store)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;state;help;status'= {
        }
        &'atslink;state;help;migrate'= {
        }
        &'atslink;state;help;help'= {
        }
        &'atslink;sandbox'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…'
            cand reset 'Reseed the sandbox world: users, records, apps, tokens, clock, faults'
            cand clock 'Show or move the sandbox world''s clock'
            cand user 'List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users'
            cand fault 'Inject failures (status, latency, dropped connection) on matching requests'
            cand grants 'Refresh grants spent per token family (one family per link), by id'
            cand partner-actions 'JobAdder partner actions (Actions-menu buttons) registered in each account'
            cand app 'Sandbox app registrations and policies'
            cand rate 'Requests per minute per account before the sandbox answers 429 (0: unlimited)'
            cand browse 'A scripted browser: sign in and answer the consent page of a sandbox authorize URL'
            cand jwt-key 'Write the sandbox connected app''s private key (for the Salesforce JWT bearer flow)'
            cand click 'Click a provider''s button as its user would: opens the signed launch URL and prints the outcome'
            cand generate 'Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)'
            cand flare 'The Flare account''s set-up: pay groups, location membership, brands, defaults'
            cand action 'Change JobAdder partner actions (Actions-menu buttons): add other partners'', restrict, rename, delete'
            cand place 'Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks'
            cand webhook 'Change a JobAdder webhook on JobAdder''s side: suspend, fail, disable or re-enable it, or remove it'
            cand account 'Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)'
            cand salesforce 'The Salesforce org on Salesforce''s side: move it to another instance, as an org migration does'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;serve'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;reset'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;clock'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the world''s time and its offset from the system clock'
            cand advance 'Move the world''s clock forward, e.g. 15d (tokens expire by it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;clock;show'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;clock;advance'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;clock;help'= {
            cand show 'Show the world''s time and its offset from the system clock'
            cand advance 'Move the world''s clock forward, e.g. 15d (tokens expire by it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;clock;help;show'= {
        }
        &'atslink;sandbox;clock;help;advance'= {
        }
        &'atslink;sandbox;clock;help;help'= {
        }
        &'atslink;sandbox;user'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List sandbox users and their state'
            cand add 'Add users (one or many) to the sandbox''s JobAdder account or Salesforce org'
            cand deactivate 'Deactivate a user: their refresh tokens stop working (invalid_grant)'
            cand delete 'Delete a user: JobAdder refreshes fail with invalid_request'
            cand reactivate 'Reactivate a deactivated or deleted user'
            cand set 'Change a JobAdder user''s administrator flag or "Grant API access to Integration partners" right'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;user;list'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --provider 'Only this provider''s users'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;user;add'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --provider 'Which provider''s users'
            cand --password 'Their password on the sandbox login page'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --admin 'Make them administrators (JobAdder only)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;user;deactivate'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --refresh-still-works 'JobAdder keeps accepting their refresh tokens (it documents the refusal only for deleted users)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;user;delete'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;user;reactivate'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;user;set'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --admin 'Administrator in JobAdder'
            cand --api-access 'The "Grant API access to Integration partners" right'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;user;help'= {
            cand list 'List sandbox users and their state'
            cand add 'Add users (one or many) to the sandbox''s JobAdder account or Salesforce org'
            cand deactivate 'Deactivate a user: their refresh tokens stop working (invalid_grant)'
            cand delete 'Delete a user: JobAdder refreshes fail with invalid_request'
            cand reactivate 'Reactivate a deactivated or deleted user'
            cand set 'Change a JobAdder user''s administrator flag or "Grant API access to Integration partners" right'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;user;help;list'= {
        }
        &'atslink;sandbox;user;help;add'= {
        }
        &'atslink;sandbox;user;help;deactivate'= {
        }
        &'atslink;sandbox;user;help;delete'= {
        }
        &'atslink;sandbox;user;help;reactivate'= {
        }
        &'atslink;sandbox;user;help;set'= {
        }
        &'atslink;sandbox;user;help;help'= {
        }
        &'atslink;sandbox;fault'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a fault for the next N requests whose path starts with PATH_PREFIX'
            cand list 'List the pending faults'
            cand clear 'Remove every pending fault'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;fault;add'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --status 'Answer with this HTTP status instead'
            cand --latency 'Delay the answer by this long (e.g. 5s)'
            cand --next-link 'Answer as usual but with this `links.next` in paged answers (`{self}` is the request''s own URL)'
            cand --count 'How many matching requests it applies to'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --drop 'Close the connection without answering'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;fault;list'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;fault;clear'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;fault;help'= {
            cand add 'Add a fault for the next N requests whose path starts with PATH_PREFIX'
            cand list 'List the pending faults'
            cand clear 'Remove every pending fault'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;fault;help;add'= {
        }
        &'atslink;sandbox;fault;help;list'= {
        }
        &'atslink;sandbox;fault;help;clear'= {
        }
        &'atslink;sandbox;fault;help;help'= {
        }
        &'atslink;sandbox;grants'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;partner-actions'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;app'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the sandbox app registrations, policies and rates'
            cand register-redirect 'Register one more exact redirect URI with a provider''s sandbox app'
            cand salesforce 'Set the Salesforce connected app''s refresh-token policy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;app;show'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;app;register-redirect'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;app;salesforce'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --rotation 'Refresh token rotation: with it on, reusing an old refresh token revokes the whole family'
            cand --idle-limit 'Expire a refresh token unused for this long (e.g. 30d)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --no-idle-limit 'Refresh tokens are valid until revoked'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;app;help'= {
            cand show 'Show the sandbox app registrations, policies and rates'
            cand register-redirect 'Register one more exact redirect URI with a provider''s sandbox app'
            cand salesforce 'Set the Salesforce connected app''s refresh-token policy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;app;help;show'= {
        }
        &'atslink;sandbox;app;help;register-redirect'= {
        }
        &'atslink;sandbox;app;help;salesforce'= {
        }
        &'atslink;sandbox;app;help;help'= {
        }
        &'atslink;sandbox;rate'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;browse'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --user 'Sign in as this user (email or username)'
            cand --password 'The user''s password'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --deny 'Press Deny on the consent page instead of Allow'
            cand --no-follow 'Stop at the redirect back to the application and print that address (to paste into `integration link --no-browser`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;jwt-key'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --out 'Where to write the PEM private key (mode 0600)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;click'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand jobadder 'Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h'
            cand salesforce 'Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;click;jobadder'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --user 'The clicking JobAdder user (email or user id)'
            cand --candidate 'The candidate id the button is clicked on'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --print-url 'Print the signed URL without opening it'
            cand --send-to-flare 'Press the organisation''s "Send to Flare" button instead (`flare auto on --trigger candidate`): JobAdder raises candidate_partner_action to the subscribed webhooks'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;click;salesforce'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --user 'The Salesforce user opening the tab (username or user id)'
            cand --contact 'The contact id the tab is opened on'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;click;help'= {
            cand jobadder 'Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h'
            cand salesforce 'Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;click;help;jobadder'= {
        }
        &'atslink;sandbox;click;help;salesforce'= {
        }
        &'atslink;sandbox;click;help;help'= {
        }
        &'atslink;sandbox;generate'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand --without-cost-centre 'Leave out the "Flare – Cost Centre" custom field, as recruiters who skip it do'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;flare'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the Flare account''s set-up: defaults, locations, legal entities, brands, pay groups'
            cand pay-group 'Add a legal entity to a pay group (created if missing) or remove it'
            cand location 'Add a legal entity to a location or remove it'
            cand entity 'Set or remove a legal entity''s brand (Enterprise > Entities)'
            cand defaults 'Set the account''s default location or legal entity (any id, even one that does not exist)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;flare;show'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;flare;pay-group'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --add 'Add this legal entity (id)'
            cand --remove 'Remove this legal entity (id)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;flare;location'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --add 'Add this legal entity (id)'
            cand --remove 'Remove this legal entity (id)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;flare;entity'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --brand 'The brand''s id, or `none` to remove the entity''s brand'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;flare;defaults'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --location 'The default location''s id'
            cand --legal-entity 'The default legal entity''s id'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;flare;help'= {
            cand show 'Show the Flare account''s set-up: defaults, locations, legal entities, brands, pay groups'
            cand pay-group 'Add a legal entity to a pay group (created if missing) or remove it'
            cand location 'Add a legal entity to a location or remove it'
            cand entity 'Set or remove a legal entity''s brand (Enterprise > Entities)'
            cand defaults 'Set the account''s default location or legal entity (any id, even one that does not exist)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;flare;help;show'= {
        }
        &'atslink;sandbox;flare;help;pay-group'= {
        }
        &'atslink;sandbox;flare;help;location'= {
        }
        &'atslink;sandbox;flare;help;entity'= {
        }
        &'atslink;sandbox;flare;help;defaults'= {
        }
        &'atslink;sandbox;flare;help;help'= {
        }
        &'atslink;sandbox;action'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add other partners'' candidate buttons to a JobAdder account'
            cand set 'Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere'
            cand delete 'Delete a partner action (as a JobAdder admin removing the button would)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;action;add'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --name 'The button''s name (numbered when --count > 1)'
            cand --count 'How many buttons'
            cand --account 'The JobAdder account number [default: the first account]'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;action;set'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --admin-only 'Show the button to administrators only'
            cand --active-only 'Show the button on active candidates only'
            cand --statuses 'Show the button only on candidates in these status ids (comma-separated), or `none`'
            cand --name 'Rename the button'
            cand --url 'Point the button at another URL'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;action;delete'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;action;help'= {
            cand add 'Add other partners'' candidate buttons to a JobAdder account'
            cand set 'Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere'
            cand delete 'Delete a partner action (as a JobAdder admin removing the button would)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;action;help;add'= {
        }
        &'atslink;sandbox;action;help;set'= {
        }
        &'atslink;sandbox;action;help;delete'= {
        }
        &'atslink;sandbox;action;help;help'= {
        }
        &'atslink;sandbox;place'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --candidate 'The JobAdder candidate id'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;webhook'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)'
            cand delete 'Remove a webhook from JobAdder, with its queued deliveries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;webhook;set'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --status 'Its new status'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;webhook;delete'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;webhook;help'= {
            cand set 'Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)'
            cand delete 'Remove a webhook from JobAdder, with its queued deliveries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;webhook;help;set'= {
        }
        &'atslink;sandbox;webhook;help;delete'= {
        }
        &'atslink;sandbox;webhook;help;help'= {
        }
        &'atslink;sandbox;account'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;account;add'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --count 'How many'
            cand --password 'The administrators'' password on the sandbox login page'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;account;help'= {
            cand add 'Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;account;help;add'= {
        }
        &'atslink;sandbox;account;help;help'= {
        }
        &'atslink;sandbox;salesforce'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand move-instance 'Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;salesforce;move-instance'= {
            cand --org 'The organisation to act on (its slug)'
            cand --home 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]'
            cand --color 'When to use colour on stderr (NO_COLOR is honoured with auto)'
            cand --org-id 'The org''s id (default: the sandbox''s first org)'
            cand --json 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
            cand -q 'Print only data and errors: no status lines or progress'
            cand --quiet 'Print only data and errors: no status lines or progress'
            cand -v 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --verbose 'Explain what is happening on stderr (repeat for more: -vv)'
            cand --yes 'Confirm destructive actions without asking'
            cand --no-input 'Never prompt; fail with a hint where a prompt would be needed'
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;sandbox;salesforce;help'= {
            cand move-instance 'Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;salesforce;help;move-instance'= {
        }
        &'atslink;sandbox;salesforce;help;help'= {
        }
        &'atslink;sandbox;help'= {
            cand serve 'Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…'
            cand reset 'Reseed the sandbox world: users, records, apps, tokens, clock, faults'
            cand clock 'Show or move the sandbox world''s clock'
            cand user 'List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users'
            cand fault 'Inject failures (status, latency, dropped connection) on matching requests'
            cand grants 'Refresh grants spent per token family (one family per link), by id'
            cand partner-actions 'JobAdder partner actions (Actions-menu buttons) registered in each account'
            cand app 'Sandbox app registrations and policies'
            cand rate 'Requests per minute per account before the sandbox answers 429 (0: unlimited)'
            cand browse 'A scripted browser: sign in and answer the consent page of a sandbox authorize URL'
            cand jwt-key 'Write the sandbox connected app''s private key (for the Salesforce JWT bearer flow)'
            cand click 'Click a provider''s button as its user would: opens the signed launch URL and prints the outcome'
            cand generate 'Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)'
            cand flare 'The Flare account''s set-up: pay groups, location membership, brands, defaults'
            cand action 'Change JobAdder partner actions (Actions-menu buttons): add other partners'', restrict, rename, delete'
            cand place 'Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks'
            cand webhook 'Change a JobAdder webhook on JobAdder''s side: suspend, fail, disable or re-enable it, or remove it'
            cand account 'Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)'
            cand salesforce 'The Salesforce org on Salesforce''s side: move it to another instance, as an org migration does'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;sandbox;help;serve'= {
        }
        &'atslink;sandbox;help;reset'= {
        }
        &'atslink;sandbox;help;clock'= {
            cand show 'Show the world''s time and its offset from the system clock'
            cand advance 'Move the world''s clock forward, e.g. 15d (tokens expire by it)'
        }
        &'atslink;sandbox;help;clock;show'= {
        }
        &'atslink;sandbox;help;clock;advance'= {
        }
        &'atslink;sandbox;help;user'= {
            cand list 'List sandbox users and their state'
            cand add 'Add users (one or many) to the sandbox''s JobAdder account or Salesforce org'
            cand deactivate 'Deactivate a user: their refresh tokens stop working (invalid_grant)'
            cand delete 'Delete a user: JobAdder refreshes fail with invalid_request'
            cand reactivate 'Reactivate a deactivated or deleted user'
            cand set 'Change a JobAdder user''s administrator flag or "Grant API access to Integration partners" right'
        }
        &'atslink;sandbox;help;user;list'= {
        }
        &'atslink;sandbox;help;user;add'= {
        }
        &'atslink;sandbox;help;user;deactivate'= {
        }
        &'atslink;sandbox;help;user;delete'= {
        }
        &'atslink;sandbox;help;user;reactivate'= {
        }
        &'atslink;sandbox;help;user;set'= {
        }
        &'atslink;sandbox;help;fault'= {
            cand add 'Add a fault for the next N requests whose path starts with PATH_PREFIX'
            cand list 'List the pending faults'
            cand clear 'Remove every pending fault'
        }
        &'atslink;sandbox;help;fault;add'= {
        }
        &'atslink;sandbox;help;fault;list'= {
        }
        &'atslink;sandbox;help;fault;clear'= {
        }
        &'atslink;sandbox;help;grants'= {
        }
        &'atslink;sandbox;help;partner-actions'= {
        }
        &'atslink;sandbox;help;app'= {
            cand show 'Show the sandbox app registrations, policies and rates'
            cand register-redirect 'Register one more exact redirect URI with a provider''s sandbox app'
            cand salesforce 'Set the Salesforce connected app''s refresh-token policy'
        }
        &'atslink;sandbox;help;app;show'= {
        }
        &'atslink;sandbox;help;app;register-redirect'= {
        }
        &'atslink;sandbox;help;app;salesforce'= {
        }
        &'atslink;sandbox;help;rate'= {
        }
        &'atslink;sandbox;help;browse'= {
        }
        &'atslink;sandbox;help;jwt-key'= {
        }
        &'atslink;sandbox;help;click'= {
            cand jobadder 'Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h'
            cand salesforce 'Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url'
        }
        &'atslink;sandbox;help;click;jobadder'= {
        }
        &'atslink;sandbox;help;click;salesforce'= {
        }
        &'atslink;sandbox;help;generate'= {
        }
        &'atslink;sandbox;help;flare'= {
            cand show 'Show the Flare account''s set-up: defaults, locations, legal entities, brands, pay groups'
            cand pay-group 'Add a legal entity to a pay group (created if missing) or remove it'
            cand location 'Add a legal entity to a location or remove it'
            cand entity 'Set or remove a legal entity''s brand (Enterprise > Entities)'
            cand defaults 'Set the account''s default location or legal entity (any id, even one that does not exist)'
        }
        &'atslink;sandbox;help;flare;show'= {
        }
        &'atslink;sandbox;help;flare;pay-group'= {
        }
        &'atslink;sandbox;help;flare;location'= {
        }
        &'atslink;sandbox;help;flare;entity'= {
        }
        &'atslink;sandbox;help;flare;defaults'= {
        }
        &'atslink;sandbox;help;action'= {
            cand add 'Add other partners'' candidate buttons to a JobAdder account'
            cand set 'Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere'
            cand delete 'Delete a partner action (as a JobAdder admin removing the button would)'
        }
        &'atslink;sandbox;help;action;add'= {
        }
        &'atslink;sandbox;help;action;set'= {
        }
        &'atslink;sandbox;help;action;delete'= {
        }
        &'atslink;sandbox;help;place'= {
        }
        &'atslink;sandbox;help;webhook'= {
            cand set 'Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)'
            cand delete 'Remove a webhook from JobAdder, with its queued deliveries'
        }
        &'atslink;sandbox;help;webhook;set'= {
        }
        &'atslink;sandbox;help;webhook;delete'= {
        }
        &'atslink;sandbox;help;account'= {
            cand add 'Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)'
        }
        &'atslink;sandbox;help;account;add'= {
        }
        &'atslink;sandbox;help;salesforce'= {
            cand move-instance 'Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work'
        }
        &'atslink;sandbox;help;salesforce;move-instance'= {
        }
        &'atslink;sandbox;help;help'= {
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
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
            cand --sandbox 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'atslink;help'= {
            cand org 'Create, list, show and delete customer organisations'
            cand provider 'Platform-wide provider app settings (client ids, endpoints, secrets)'
            cand integration 'Link organisations to JobAdder, Salesforce and Flare; unlink, relink, list'
            cand flare 'Push JobAdder candidates and placements into Flare; mapping; diagnose'
            cand licence 'Licence seats: list, assign, disable, enable, reassign, claim, pool size'
            cand token 'Token health and refresh: status, refresh'
            cand audit 'Show the audit log of changes'
            cand serve 'Run the service: JobAdder button and Salesforce tab launches, JobAdder webhooks to Flare, daily token keep-alive and alerts, health and metrics (HTTP behind a TLS proxy)'
            cand secrets 'The database credential store''s master key: rekey'
            cand state 'The state store: where it lives (SQLite or a team''s PostgreSQL), and moving a home onto PostgreSQL'
            cand sandbox 'The provider sandbox: an emulator of JobAdder, Salesforce and Flare, and its controls'
            cand demo 'A guided tour in a temporary home: real commands, shown as they run'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'atslink;help;org'= {
            cand create 'Create an organisation'
            cand list 'List organisations with their seats and integrations'
            cand show 'Show an organisation: seats, integrations and recent audit entries'
            cand delete 'Delete an organisation, its users and its stored secrets'
            cand check 'Readiness report: licences and every linked provider checked live, each with its fix'
        }
        &'atslink;help;org;create'= {
        }
        &'atslink;help;org;list'= {
        }
        &'atslink;help;org;show'= {
        }
        &'atslink;help;org;delete'= {
        }
        &'atslink;help;org;check'= {
        }
        &'atslink;help;provider'= {
            cand set 'Set a provider''s app registration and endpoints (secrets go to the credential store)'
            cand show 'Show provider settings and whether a secret is stored (never its value)'
        }
        &'atslink;help;provider;set'= {
        }
        &'atslink;help;provider;show'= {
        }
        &'atslink;help;integration'= {
            cand link 'Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)'
            cand unlink 'Remove a link: clean up at the provider where possible, then forget its secrets'
            cand relink 'Replace a link''s tokens with a new consent; the old ones stay until the new ones are stored'
            cand list 'List links with their health'
            cand button 'Show the organisation''s JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now'
        }
        &'atslink;help;integration;link'= {
            cand jobadder 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)'
            cand salesforce 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer'
            cand flare 'Flare: the organisation''s API key, read from stdin'
        }
        &'atslink;help;integration;link;jobadder'= {
        }
        &'atslink;help;integration;link;salesforce'= {
        }
        &'atslink;help;integration;link;flare'= {
        }
        &'atslink;help;integration;unlink'= {
        }
        &'atslink;help;integration;relink'= {
            cand jobadder 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)'
            cand salesforce 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer'
            cand flare 'Flare: the organisation''s API key, read from stdin'
        }
        &'atslink;help;integration;relink;jobadder'= {
        }
        &'atslink;help;integration;relink;salesforce'= {
        }
        &'atslink;help;integration;relink;flare'= {
        }
        &'atslink;help;integration;list'= {
        }
        &'atslink;help;integration;button'= {
        }
        &'atslink;help;flare'= {
            cand push 'Push JobAdder candidates or placements into Flare (once only, as Candidates)'
            cand mapping 'Check which JobAdder workplaces and companies match Flare locations and legal entities'
            cand diagnose 'Find out why a candidate did not reach Flare, and gather what a support ticket needs'
            cand auto 'Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`'
        }
        &'atslink;help;flare;push'= {
        }
        &'atslink;help;flare;mapping'= {
        }
        &'atslink;help;flare;diagnose'= {
        }
        &'atslink;help;flare;auto'= {
            cand on 'Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)'
            cand off 'Delete the JobAdder webhook, then forget its authorization value'
            cand status 'Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events'
        }
        &'atslink;help;flare;auto;on'= {
        }
        &'atslink;help;flare;auto;off'= {
        }
        &'atslink;help;flare;auto;status'= {
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
        &'atslink;help;token'= {
            cand status 'Show every link''s token health: expiry, last refresh, forecast death, remedy'
            cand refresh 'Refresh links'' tokens through the locked path (the nightly keep-alive)'
        }
        &'atslink;help;token;status'= {
        }
        &'atslink;help;token;refresh'= {
        }
        &'atslink;help;audit'= {
        }
        &'atslink;help;serve'= {
        }
        &'atslink;help;secrets'= {
            cand rekey 'Re-encrypt every secret of the database credential store under a new master key, in one transaction'
        }
        &'atslink;help;secrets;rekey'= {
        }
        &'atslink;help;state'= {
            cand status 'Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table'
            cand migrate 'Copy this home''s SQLite state and its secrets into an empty PostgreSQL database (a team''s shared store)'
        }
        &'atslink;help;state;status'= {
        }
        &'atslink;help;state;migrate'= {
        }
        &'atslink;help;sandbox'= {
            cand serve 'Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…'
            cand reset 'Reseed the sandbox world: users, records, apps, tokens, clock, faults'
            cand clock 'Show or move the sandbox world''s clock'
            cand user 'List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users'
            cand fault 'Inject failures (status, latency, dropped connection) on matching requests'
            cand grants 'Refresh grants spent per token family (one family per link), by id'
            cand partner-actions 'JobAdder partner actions (Actions-menu buttons) registered in each account'
            cand app 'Sandbox app registrations and policies'
            cand rate 'Requests per minute per account before the sandbox answers 429 (0: unlimited)'
            cand browse 'A scripted browser: sign in and answer the consent page of a sandbox authorize URL'
            cand jwt-key 'Write the sandbox connected app''s private key (for the Salesforce JWT bearer flow)'
            cand click 'Click a provider''s button as its user would: opens the signed launch URL and prints the outcome'
            cand generate 'Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)'
            cand flare 'The Flare account''s set-up: pay groups, location membership, brands, defaults'
            cand action 'Change JobAdder partner actions (Actions-menu buttons): add other partners'', restrict, rename, delete'
            cand place 'Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks'
            cand webhook 'Change a JobAdder webhook on JobAdder''s side: suspend, fail, disable or re-enable it, or remove it'
            cand account 'Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)'
            cand salesforce 'The Salesforce org on Salesforce''s side: move it to another instance, as an org migration does'
        }
        &'atslink;help;sandbox;serve'= {
        }
        &'atslink;help;sandbox;reset'= {
        }
        &'atslink;help;sandbox;clock'= {
            cand show 'Show the world''s time and its offset from the system clock'
            cand advance 'Move the world''s clock forward, e.g. 15d (tokens expire by it)'
        }
        &'atslink;help;sandbox;clock;show'= {
        }
        &'atslink;help;sandbox;clock;advance'= {
        }
        &'atslink;help;sandbox;user'= {
            cand list 'List sandbox users and their state'
            cand add 'Add users (one or many) to the sandbox''s JobAdder account or Salesforce org'
            cand deactivate 'Deactivate a user: their refresh tokens stop working (invalid_grant)'
            cand delete 'Delete a user: JobAdder refreshes fail with invalid_request'
            cand reactivate 'Reactivate a deactivated or deleted user'
            cand set 'Change a JobAdder user''s administrator flag or "Grant API access to Integration partners" right'
        }
        &'atslink;help;sandbox;user;list'= {
        }
        &'atslink;help;sandbox;user;add'= {
        }
        &'atslink;help;sandbox;user;deactivate'= {
        }
        &'atslink;help;sandbox;user;delete'= {
        }
        &'atslink;help;sandbox;user;reactivate'= {
        }
        &'atslink;help;sandbox;user;set'= {
        }
        &'atslink;help;sandbox;fault'= {
            cand add 'Add a fault for the next N requests whose path starts with PATH_PREFIX'
            cand list 'List the pending faults'
            cand clear 'Remove every pending fault'
        }
        &'atslink;help;sandbox;fault;add'= {
        }
        &'atslink;help;sandbox;fault;list'= {
        }
        &'atslink;help;sandbox;fault;clear'= {
        }
        &'atslink;help;sandbox;grants'= {
        }
        &'atslink;help;sandbox;partner-actions'= {
        }
        &'atslink;help;sandbox;app'= {
            cand show 'Show the sandbox app registrations, policies and rates'
            cand register-redirect 'Register one more exact redirect URI with a provider''s sandbox app'
            cand salesforce 'Set the Salesforce connected app''s refresh-token policy'
        }
        &'atslink;help;sandbox;app;show'= {
        }
        &'atslink;help;sandbox;app;register-redirect'= {
        }
        &'atslink;help;sandbox;app;salesforce'= {
        }
        &'atslink;help;sandbox;rate'= {
        }
        &'atslink;help;sandbox;browse'= {
        }
        &'atslink;help;sandbox;jwt-key'= {
        }
        &'atslink;help;sandbox;click'= {
            cand jobadder 'Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h'
            cand salesforce 'Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url'
        }
        &'atslink;help;sandbox;click;jobadder'= {
        }
        &'atslink;help;sandbox;click;salesforce'= {
        }
        &'atslink;help;sandbox;generate'= {
        }
        &'atslink;help;sandbox;flare'= {
            cand show 'Show the Flare account''s set-up: defaults, locations, legal entities, brands, pay groups'
            cand pay-group 'Add a legal entity to a pay group (created if missing) or remove it'
            cand location 'Add a legal entity to a location or remove it'
            cand entity 'Set or remove a legal entity''s brand (Enterprise > Entities)'
            cand defaults 'Set the account''s default location or legal entity (any id, even one that does not exist)'
        }
        &'atslink;help;sandbox;flare;show'= {
        }
        &'atslink;help;sandbox;flare;pay-group'= {
        }
        &'atslink;help;sandbox;flare;location'= {
        }
        &'atslink;help;sandbox;flare;entity'= {
        }
        &'atslink;help;sandbox;flare;defaults'= {
        }
        &'atslink;help;sandbox;action'= {
            cand add 'Add other partners'' candidate buttons to a JobAdder account'
            cand set 'Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere'
            cand delete 'Delete a partner action (as a JobAdder admin removing the button would)'
        }
        &'atslink;help;sandbox;action;add'= {
        }
        &'atslink;help;sandbox;action;set'= {
        }
        &'atslink;help;sandbox;action;delete'= {
        }
        &'atslink;help;sandbox;place'= {
        }
        &'atslink;help;sandbox;webhook'= {
            cand set 'Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)'
            cand delete 'Remove a webhook from JobAdder, with its queued deliveries'
        }
        &'atslink;help;sandbox;webhook;set'= {
        }
        &'atslink;help;sandbox;webhook;delete'= {
        }
        &'atslink;help;sandbox;account'= {
            cand add 'Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)'
        }
        &'atslink;help;sandbox;account;add'= {
        }
        &'atslink;help;sandbox;salesforce'= {
            cand move-instance 'Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work'
        }
        &'atslink;help;sandbox;salesforce;move-instance'= {
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
