# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_atslink_global_optspecs
    string join \n org= json q/quiet v/verbose yes no-input home= sandbox color= h/help V/version
end

function __fish_atslink_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_atslink_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_atslink_using_subcommand
    set -l cmd (__fish_atslink_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c atslink -n "__fish_atslink_needs_command" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_needs_command" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_needs_command" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_needs_command" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_needs_command" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_needs_command" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_needs_command" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_needs_command" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_needs_command" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_needs_command" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_needs_command" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "org" -d 'Create, list, show and delete customer organisations'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "provider" -d 'Platform-wide provider app settings (client ids, endpoints, secrets)'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "integration" -d 'Link organisations to JobAdder, Salesforce and Flare; unlink, relink, list'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "flare" -d 'Push JobAdder candidates and placements into Flare; mapping; diagnose'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "licence" -d 'Licence seats: list, assign, disable, enable, reassign, claim, pool size'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "token" -d 'Token health and refresh: status, refresh'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "audit" -d 'Show the audit log of changes'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "serve" -d 'Run the service: JobAdder button and Salesforce tab launches, JobAdder webhooks to Flare, daily token keep-alive and alerts, health and metrics (HTTP behind a TLS proxy)'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "secrets" -d 'The database credential store\'s master key: rekey'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "state" -d 'The state store: where it lives (SQLite or a team\'s PostgreSQL), and moving a home onto PostgreSQL'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "sandbox" -d 'The provider sandbox: an emulator of JobAdder, Salesforce and Flare, and its controls'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "demo" -d 'A guided tour in a temporary home: real commands, shown as they run'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c atslink -n "__fish_atslink_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -f -a "create" -d 'Create an organisation'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -f -a "list" -d 'List organisations with their seats and integrations'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -f -a "show" -d 'Show an organisation: seats, integrations and recent audit entries'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -f -a "delete" -d 'Delete an organisation, its users and its stored secrets'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -f -a "check" -d 'Readiness report: licences and every linked provider checked live, each with its fix'
complete -c atslink -n "__fish_atslink_using_subcommand org; and not __fish_seen_subcommand_from create list show delete check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -l name -d 'Display name, e.g. "Acme Recruitment"' -r
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -l seats -d 'Licence seats the organisation has bought' -r
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -l format -d 'Output format (json is the same as --json)' -r -f -a "table\t''
csv\t''
json\t''"
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l only -d 'Only this group of checks' -r -f -a "licences\t''
jobadder\t''
salesforce\t''
flare\t''"
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l concurrency -d 'Provider checks in flight at once' -r
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -l all-orgs -d 'Check every organisation: one line each; exits with the worst'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an organisation'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List organisations with their seats and integrations'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an organisation: seats, integrations and recent audit entries'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an organisation, its users and its stored secrets'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "check" -d 'Readiness report: licences and every linked provider checked live, each with its fix'
complete -c atslink -n "__fish_atslink_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -f -a "set" -d 'Set a provider\'s app registration and endpoints (secrets go to the credential store)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -f -a "show" -d 'Show provider settings and whether a secret is stored (never its value)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and not __fish_seen_subcommand_from set show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l client-id -d 'OAuth client id of the platform\'s app (JobAdder, Salesforce)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l authorize-url -d 'OAuth authorize endpoint (JobAdder)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l token-url -d 'OAuth token endpoint (JobAdder)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l api-url -d 'API base used when the token response names none (JobAdder, Flare)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l login-url -d 'Login host: https://login.salesforce.com, https://test.salesforce.com or a My Domain (Salesforce)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l redirect-uri -d 'Loopback redirect URI registered with the app; repeat it to list several, tried in order until a port is free (JobAdder, Salesforce)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l partner-action-url -d 'URL template of the Actions-menu button on candidates: https, with {candidateId} and {userId}, at most 500 characters (JobAdder)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l partner-action-name -d 'Name of the Actions-menu button, at most 100 characters [default: Allsorter] (JobAdder)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -l client-secret-stdin -d 'Read the OAuth client secret from stdin (JobAdder, Salesforce)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a provider\'s app registration and endpoints (secrets go to the credential store)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show provider settings and whether a secret is stored (never its value)'
complete -c atslink -n "__fish_atslink_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -f -a "link" -d 'Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -f -a "unlink" -d 'Remove a link: clean up at the provider where possible, then forget its secrets'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -f -a "relink" -d 'Replace a link\'s tokens with a new consent; the old ones stay until the new ones are stored'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -f -a "list" -d 'List links with their health'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -f -a "button" -d 'Show the organisation\'s JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and not __fish_seen_subcommand_from link unlink relink list button help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -f -a "jobadder" -d 'JobAdder: an admin of the customer\'s account consents in the browser (the platform\'s app)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -f -a "salesforce" -d 'Salesforce: the customer\'s connected app, by browser consent (PKCE), device flow or JWT bearer'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -f -a "flare" -d 'Flare: the organisation\'s API key, read from stdin'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from link" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -l allow-account-change -d 'Accept a consent from a different JobAdder account or Salesforce org than the current link\'s'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -f -a "jobadder" -d 'JobAdder: an admin of the customer\'s account consents in the browser (the platform\'s app)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -f -a "salesforce" -d 'Salesforce: the customer\'s connected app, by browser consent (PKCE), device flow or JWT bearer'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -f -a "flare" -d 'Flare: the organisation\'s API key, read from stdin'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from relink" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -l format -d 'Output format (json is the same as --json)' -r -f -a "table\t''
csv\t''
json\t''"
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -l update -d 'Re-register the button at the current name and URL (serve\'s launch route when [serve] public_url is set), without a relink'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from button" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Remove a link: clean up at the provider where possible, then forget its secrets'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "relink" -d 'Replace a link\'s tokens with a new consent; the old ones stay until the new ones are stored'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "list" -d 'List links with their health'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "button" -d 'Show the organisation\'s JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now'
complete -c atslink -n "__fish_atslink_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -f -a "push" -d 'Push JobAdder candidates or placements into Flare (once only, as Candidates)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -f -a "mapping" -d 'Check which JobAdder workplaces and companies match Flare locations and legal entities'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -f -a "diagnose" -d 'Find out why a candidate did not reach Flare, and gather what a support ticket needs'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -f -a "auto" -d 'Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and not __fish_seen_subcommand_from push mapping diagnose auto help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l candidate -d 'A JobAdder candidate id (with their latest placement selected for onboarding export)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l placement -d 'A JobAdder placement id' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l email -d 'The JobAdder candidate with this email (as on a support ticket)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l name -d 'The JobAdder candidate with this name, when only one has it' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l since -d 'Every placement created or approved since then that is selected for onboarding export: a date, a duration before now (7d), or `last` (where the previous successful batch started)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l concurrency -d 'How many records a batch reads ahead at once (creating people stays one at a time)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l page-size -d 'JobAdder placements per page when listing (1-1000)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l require-match -d 'Refuse to push a record whose location or legal entity would fall back to the Flare account\'s default'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l dry-run -d 'Show what would be sent and every mapping warning; change nothing anywhere'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -l retry-failed -d 'In a batch, also retry records whose last push failed for a reason of their own (transient failures are always retried)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -l since -d 'Placements created since this date [default: 90 days ago]' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from mapping" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l candidate -d 'A JobAdder candidate id (with their latest placement selected for onboarding export)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l placement -d 'A JobAdder placement id' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l email -d 'The candidate\'s email (as on a support ticket); also looked up in Flare and the ledger when JobAdder cannot be asked' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l name -d 'The JobAdder candidate with this name, when only one has it' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l bundle -d 'Also write everything as JSON to this file (no token or key in it)' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from diagnose" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -f -a "on" -d 'Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -f -a "off" -d 'Delete the JobAdder webhook, then forget its authorization value'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -f -a "status" -d 'Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from auto" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push JobAdder candidates or placements into Flare (once only, as Candidates)'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from help" -f -a "mapping" -d 'Check which JobAdder workplaces and companies match Flare locations and legal entities'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from help" -f -a "diagnose" -d 'Find out why a candidate did not reach Flare, and gather what a support ticket needs'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from help" -f -a "auto" -d 'Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`'
complete -c atslink -n "__fish_atslink_using_subcommand flare; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -f -a "list" -d 'List an organisation\'s users and seats'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -f -a "assign" -d 'Give users a licence, creating them if needed (or from a CSV file)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -f -a "disable" -d 'Take users\' licences away and stop automatic assignment'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -f -a "enable" -d 'Give disabled users their licence back'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -f -a "reassign" -d 'Move one user\'s seat to another user in one step'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -f -a "claim" -d 'Take a free seat on a user\'s first access (what the integration launch calls)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -f -a "seats" -d 'Set the number of seats the organisation has bought'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and not __fish_seen_subcommand_from list assign disable enable reassign claim seats help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l state -d 'Only users in this licence state' -r -f -a "active\t'Holds a seat'
disabled\t'Holds none and is not given one automatically again'
none\t'Never had one (or had it reassigned)'"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l role -d 'Only users with this role' -r -f -a "admin\t''
manager\t''
member\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l format -d 'Output format (json is the same as --json)' -r -f -a "table\t''
csv\t''
json\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l file -d 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l role -d 'Role for new users named on the command line [default: member]' -r -f -a "admin\t''
manager\t''
member\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l name -d 'Name for the user (with a single EMAIL)' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l dry-run -d 'Show what would change, and change nothing'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -l partial -d 'When there are not enough seats, assign in order up to the limit and report the rest (exit 8)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l file -d 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l dry-run -d 'Show what would change, and change nothing'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l partial -d 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -l skip-unknown -d 'Skip users who do not exist, reporting each as `unknown` (exit 8), instead of refusing the whole change'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l file -d 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l dry-run -d 'Show what would change, and change nothing'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l partial -d 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -l skip-unknown -d 'Skip users who do not exist, reporting each as `unknown` (exit 8), instead of refusing the whole change'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -l name -d 'Name for TO when it is created' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from reassign" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l name -d 'The user\'s name, recorded when the user is created' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l source -d 'Where the user came from' -r -f -a "jobadder\t''
salesforce\t''
manual\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l external-id -d 'The user\'s id at the source provider' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from claim" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -l force -d 'Allow fewer seats than active users; the excess stay active and are listed as over-allocated'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from seats" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an organisation\'s users and seats'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Give users a licence, creating them if needed (or from a CSV file)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Take users\' licences away and stop automatic assignment'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Give disabled users their licence back'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from help" -f -a "reassign" -d 'Move one user\'s seat to another user in one step'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from help" -f -a "claim" -d 'Take a free seat on a user\'s first access (what the integration launch calls)'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from help" -f -a "seats" -d 'Set the number of seats the organisation has bought'
complete -c atslink -n "__fish_atslink_using_subcommand licence; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -f -a "status" -d 'Show every link\'s token health: expiry, last refresh, forecast death, remedy'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -f -a "refresh" -d 'Refresh links\' tokens through the locked path (the nightly keep-alive)'
complete -c atslink -n "__fish_atslink_using_subcommand token; and not __fish_seen_subcommand_from status refresh help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l warn-within -d 'Call a link `expiring` when its refresh token dies within this' -r
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l concurrency -d 'How many links --check asks about at once' -r
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l format -d 'Output format (json is the same as --json)' -r -f -a "table\t''
csv\t''
json\t''"
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l all -d 'All organisations, even when ATSLINK_ORG is set (the default without --org)'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -l check -d 'Ask the providers too: is the token accepted, is the authorising user still active?'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l provider -d 'Only this provider\'s links' -r -f -a "jobadder\t''
salesforce\t''
flare\t''"
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l if-idle -d 'Only links whose refresh token has not been used for this long (e.g. 7d)' -r
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l all -d 'Every link of every organisation (also when ATSLINK_ORG is set)'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -l force -d 'Refresh even if another process refreshed moments ago, or a failed refresh\'s cool-down is running'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show every link\'s token health: expiry, last refresh, forecast death, remedy'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "refresh" -d 'Refresh links\' tokens through the locked path (the nightly keep-alive)'
complete -c atslink -n "__fish_atslink_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l since -d 'Only entries on or after this date (YYYY-MM-DD or RFC 3339)' -r
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l limit -d 'At most this many entries, newest first' -r
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l format -d 'Output format (json is the same as --json)' -r -f -a "table\t''
csv\t''
json\t''"
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand audit" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand audit" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand audit" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand audit" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand audit" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l listen -d 'Address to listen on [default: serve.listen, else the address of an http public URL on this machine, else 127.0.0.1:8780]; port 0 picks a free one' -r
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l public-url -d 'The public https URL the reverse proxy serves atslink at [default: serve.public_url]' -r
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l drain-timeout -d 'How long in-flight requests may take to finish after SIGTERM or Ctrl-C' -r
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l drain-delay -d 'After SIGTERM or Ctrl-C, keep serving this long with /readyz answering 503 before closing the listener, so a load balancer takes this replica out first (set it above the readiness probe\'s period)' -r
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l log-format -d 'How log events are written on stderr: text lines, or one JSON object per line' -r -f -a "text\t'Text lines: time, level, target, message, then key=value fields'
json\t'One JSON object per line: timestamp, level, target, message, fields'"
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand serve" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand serve" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand serve" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c atslink -n "__fish_atslink_using_subcommand serve" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -f -a "rekey" -d 'Re-encrypt every secret of the database credential store under a new master key, in one transaction'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and not __fish_seen_subcommand_from rekey help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -l new-key-file -d 'Read the new master key (base64 of 32 bytes) from this file; it must be mode 0600' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -l new-key-stdin -d 'Read the new master key (base64 of 32 bytes) from stdin'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from rekey" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "rekey" -d 'Re-encrypt every secret of the database credential store under a new master key, in one transaction'
complete -c atslink -n "__fish_atslink_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -f -a "status" -d 'Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -f -a "migrate" -d 'Copy this home\'s SQLite state and its secrets into an empty PostgreSQL database (a team\'s shared store)'
complete -c atslink -n "__fish_atslink_using_subcommand state; and not __fish_seen_subcommand_from status migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -l to -d 'The target database, postgres://USER@HOST/DATABASE[?sslmode=require]; default: ATSLINK_DATABASE_URL, then [state] url. Keep a password out of the command line (ATSLINK_DATABASE_PASSWORD)' -r
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "status" -d 'Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Copy this home\'s SQLite state and its secrets into an empty PostgreSQL database (a team\'s shared store)'
complete -c atslink -n "__fish_atslink_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "serve" -d 'Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "reset" -d 'Reseed the sandbox world: users, records, apps, tokens, clock, faults'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "clock" -d 'Show or move the sandbox world\'s clock'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "user" -d 'List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "fault" -d 'Inject failures (status, latency, dropped connection) on matching requests'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "grants" -d 'Refresh grants spent per token family (one family per link), by id'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "partner-actions" -d 'JobAdder partner actions (Actions-menu buttons) registered in each account'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "app" -d 'Sandbox app registrations and policies'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "rate" -d 'Requests per minute per account before the sandbox answers 429 (0: unlimited)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "browse" -d 'A scripted browser: sign in and answer the consent page of a sandbox authorize URL'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "jwt-key" -d 'Write the sandbox connected app\'s private key (for the Salesforce JWT bearer flow)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "click" -d 'Click a provider\'s button as its user would: opens the signed launch URL and prints the outcome'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "generate" -d 'Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "flare" -d 'The Flare account\'s set-up: pay groups, location membership, brands, defaults'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "action" -d 'Change JobAdder partner actions (Actions-menu buttons): add other partners\', restrict, rename, delete'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "place" -d 'Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "webhook" -d 'Change a JobAdder webhook on JobAdder\'s side: suspend, fail, disable or re-enable it, or remove it'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "account" -d 'Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "salesforce" -d 'The Salesforce org on Salesforce\'s side: move it to another instance, as an org migration does'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "show" -d 'Show the world\'s time and its offset from the system clock'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "advance" -d 'Move the world\'s clock forward, e.g. 15d (tokens expire by it)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -f -a "list" -d 'List sandbox users and their state'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add users (one or many) to the sandbox\'s JobAdder account or Salesforce org'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -f -a "deactivate" -d 'Deactivate a user: their refresh tokens stop working (invalid_grant)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user: JobAdder refreshes fail with invalid_request'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -f -a "reactivate" -d 'Reactivate a deactivated or deleted user'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -f -a "set" -d 'Change a JobAdder user\'s administrator flag or "Grant API access to Integration partners" right'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -f -a "add" -d 'Add a fault for the next N requests whose path starts with PATH_PREFIX'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -f -a "list" -d 'List the pending faults'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -f -a "clear" -d 'Remove every pending fault'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from fault" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from grants" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from partner-actions" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -f -a "show" -d 'Show the sandbox app registrations, policies and rates'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -f -a "register-redirect" -d 'Register one more exact redirect URI with a provider\'s sandbox app'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -f -a "salesforce" -d 'Set the Salesforce connected app\'s refresh-token policy'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from app" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from rate" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l user -d 'Sign in as this user (email or username)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l password -d 'The user\'s password' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l deny -d 'Press Deny on the consent page instead of Allow'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -l no-follow -d 'Stop at the redirect back to the application and print that address (to paste into `integration link --no-browser`)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from browse" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -l out -d 'Where to write the PEM private key (mode 0600)' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from jwt-key" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -f -a "jobadder" -d 'Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -f -a "salesforce" -d 'Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from click" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l without-cost-centre -d 'Leave out the "Flare – Cost Centre" custom field, as recruiters who skip it do'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -f -a "show" -d 'Show the Flare account\'s set-up: defaults, locations, legal entities, brands, pay groups'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -f -a "pay-group" -d 'Add a legal entity to a pay group (created if missing) or remove it'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -f -a "location" -d 'Add a legal entity to a location or remove it'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -f -a "entity" -d 'Set or remove a legal entity\'s brand (Enterprise > Entities)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -f -a "defaults" -d 'Set the account\'s default location or legal entity (any id, even one that does not exist)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from flare" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -f -a "add" -d 'Add other partners\' candidate buttons to a JobAdder account'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -f -a "set" -d 'Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -f -a "delete" -d 'Delete a partner action (as a JobAdder admin removing the button would)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from action" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -l candidate -d 'The JobAdder candidate id' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from place" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -f -a "set" -d 'Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -f -a "delete" -d 'Remove a webhook from JobAdder, with its queued deliveries'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from webhook" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -f -a "add" -d 'Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from account" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -f -a "move-instance" -d 'Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from salesforce" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Reseed the sandbox world: users, records, apps, tokens, clock, faults'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "clock" -d 'Show or move the sandbox world\'s clock'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "user" -d 'List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "fault" -d 'Inject failures (status, latency, dropped connection) on matching requests'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "grants" -d 'Refresh grants spent per token family (one family per link), by id'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "partner-actions" -d 'JobAdder partner actions (Actions-menu buttons) registered in each account'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "app" -d 'Sandbox app registrations and policies'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "rate" -d 'Requests per minute per account before the sandbox answers 429 (0: unlimited)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "browse" -d 'A scripted browser: sign in and answer the consent page of a sandbox authorize URL'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "jwt-key" -d 'Write the sandbox connected app\'s private key (for the Salesforce JWT bearer flow)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "click" -d 'Click a provider\'s button as its user would: opens the signed launch URL and prints the outcome'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "flare" -d 'The Flare account\'s set-up: pay groups, location membership, brands, defaults'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "action" -d 'Change JobAdder partner actions (Actions-menu buttons): add other partners\', restrict, rename, delete'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "place" -d 'Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "webhook" -d 'Change a JobAdder webhook on JobAdder\'s side: suspend, fail, disable or re-enable it, or remove it'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "account" -d 'Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "salesforce" -d 'The Salesforce org on Salesforce\'s side: move it to another instance, as an org migration does'
complete -c atslink -n "__fish_atslink_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand demo" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand demo" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand demo" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand demo" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand demo" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand demo" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand demo" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand demo" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand demo" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand demo" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand demo" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand completions" -l org -d 'The organisation to act on (its slug)' -r
complete -c atslink -n "__fish_atslink_using_subcommand completions" -l home -d 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]' -r -F
complete -c atslink -n "__fish_atslink_using_subcommand completions" -l color -d 'When to use colour on stderr (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c atslink -n "__fish_atslink_using_subcommand completions" -l json -d 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}'
complete -c atslink -n "__fish_atslink_using_subcommand completions" -s q -l quiet -d 'Print only data and errors: no status lines or progress'
complete -c atslink -n "__fish_atslink_using_subcommand completions" -s v -l verbose -d 'Explain what is happening on stderr (repeat for more: -vv)'
complete -c atslink -n "__fish_atslink_using_subcommand completions" -l yes -d 'Confirm destructive actions without asking'
complete -c atslink -n "__fish_atslink_using_subcommand completions" -l no-input -d 'Never prompt; fail with a hint where a prompt would be needed'
complete -c atslink -n "__fish_atslink_using_subcommand completions" -l sandbox -d 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers'
complete -c atslink -n "__fish_atslink_using_subcommand completions" -s h -l help -d 'Print help'
complete -c atslink -n "__fish_atslink_using_subcommand completions" -s V -l version -d 'Print version'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "org" -d 'Create, list, show and delete customer organisations'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "provider" -d 'Platform-wide provider app settings (client ids, endpoints, secrets)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "integration" -d 'Link organisations to JobAdder, Salesforce and Flare; unlink, relink, list'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "flare" -d 'Push JobAdder candidates and placements into Flare; mapping; diagnose'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "licence" -d 'Licence seats: list, assign, disable, enable, reassign, claim, pool size'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "token" -d 'Token health and refresh: status, refresh'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "audit" -d 'Show the audit log of changes'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "serve" -d 'Run the service: JobAdder button and Salesforce tab launches, JobAdder webhooks to Flare, daily token keep-alive and alerts, health and metrics (HTTP behind a TLS proxy)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "secrets" -d 'The database credential store\'s master key: rekey'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "state" -d 'The state store: where it lives (SQLite or a team\'s PostgreSQL), and moving a home onto PostgreSQL'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "sandbox" -d 'The provider sandbox: an emulator of JobAdder, Salesforce and Flare, and its controls'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "demo" -d 'A guided tour in a temporary home: real commands, shown as they run'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c atslink -n "__fish_atslink_using_subcommand help; and not __fish_seen_subcommand_from org provider integration flare licence token audit serve secrets state sandbox demo completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "create" -d 'Create an organisation'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List organisations with their seats and integrations'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show an organisation: seats, integrations and recent audit entries'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "delete" -d 'Delete an organisation, its users and its stored secrets'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "check" -d 'Readiness report: licences and every linked provider checked live, each with its fix'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "set" -d 'Set a provider\'s app registration and endpoints (secrets go to the credential store)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "show" -d 'Show provider settings and whether a secret is stored (never its value)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "link" -d 'Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "unlink" -d 'Remove a link: clean up at the provider where possible, then forget its secrets'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "relink" -d 'Replace a link\'s tokens with a new consent; the old ones stay until the new ones are stored'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "list" -d 'List links with their health'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "button" -d 'Show the organisation\'s JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from flare" -f -a "push" -d 'Push JobAdder candidates or placements into Flare (once only, as Candidates)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from flare" -f -a "mapping" -d 'Check which JobAdder workplaces and companies match Flare locations and legal entities'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from flare" -f -a "diagnose" -d 'Find out why a candidate did not reach Flare, and gather what a support ticket needs'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from flare" -f -a "auto" -d 'Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from licence" -f -a "list" -d 'List an organisation\'s users and seats'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from licence" -f -a "assign" -d 'Give users a licence, creating them if needed (or from a CSV file)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from licence" -f -a "disable" -d 'Take users\' licences away and stop automatic assignment'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from licence" -f -a "enable" -d 'Give disabled users their licence back'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from licence" -f -a "reassign" -d 'Move one user\'s seat to another user in one step'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from licence" -f -a "claim" -d 'Take a free seat on a user\'s first access (what the integration launch calls)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from licence" -f -a "seats" -d 'Set the number of seats the organisation has bought'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "status" -d 'Show every link\'s token health: expiry, last refresh, forecast death, remedy'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "refresh" -d 'Refresh links\' tokens through the locked path (the nightly keep-alive)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "rekey" -d 'Re-encrypt every secret of the database credential store under a new master key, in one transaction'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from state" -f -a "status" -d 'Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from state" -f -a "migrate" -d 'Copy this home\'s SQLite state and its secrets into an empty PostgreSQL database (a team\'s shared store)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Reseed the sandbox world: users, records, apps, tokens, clock, faults'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "clock" -d 'Show or move the sandbox world\'s clock'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "user" -d 'List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "fault" -d 'Inject failures (status, latency, dropped connection) on matching requests'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "grants" -d 'Refresh grants spent per token family (one family per link), by id'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "partner-actions" -d 'JobAdder partner actions (Actions-menu buttons) registered in each account'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "app" -d 'Sandbox app registrations and policies'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "rate" -d 'Requests per minute per account before the sandbox answers 429 (0: unlimited)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "browse" -d 'A scripted browser: sign in and answer the consent page of a sandbox authorize URL'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "jwt-key" -d 'Write the sandbox connected app\'s private key (for the Salesforce JWT bearer flow)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "click" -d 'Click a provider\'s button as its user would: opens the signed launch URL and prints the outcome'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "generate" -d 'Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "flare" -d 'The Flare account\'s set-up: pay groups, location membership, brands, defaults'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "action" -d 'Change JobAdder partner actions (Actions-menu buttons): add other partners\', restrict, rename, delete'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "place" -d 'Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "webhook" -d 'Change a JobAdder webhook on JobAdder\'s side: suspend, fail, disable or re-enable it, or remove it'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "account" -d 'Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)'
complete -c atslink -n "__fish_atslink_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "salesforce" -d 'The Salesforce org on Salesforce\'s side: move it to another instance, as an org migration does'
