
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'atslink' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'atslink'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'atslink' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Create, list, show and delete customer organisations')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Platform-wide provider app settings (client ids, endpoints, secrets)')
            [CompletionResult]::new('integration', 'integration', [CompletionResultType]::ParameterValue, 'Link organisations to JobAdder, Salesforce and Flare; unlink, relink, list')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Push JobAdder candidates and placements into Flare; mapping; diagnose')
            [CompletionResult]::new('licence', 'licence', [CompletionResultType]::ParameterValue, 'Licence seats: list, assign, disable, enable, reassign, claim, pool size')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Token health and refresh: status, refresh')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log of changes')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the service: JobAdder button and Salesforce tab launches, JobAdder webhooks to Flare, daily token keep-alive and alerts, health and metrics (HTTP behind a TLS proxy)')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'The database credential store''s master key: rekey')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'The state store: where it lives (SQLite or a team''s PostgreSQL), and moving a home onto PostgreSQL')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The provider sandbox: an emulator of JobAdder, Salesforce and Flare, and its controls')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A guided tour in a temporary home: real commands, shown as they run')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;org' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organisations with their seats and integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organisation: seats, integrations and recent audit entries')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organisation, its users and its stored secrets')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Readiness report: licences and every linked provider checked live, each with its fix')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;org;create' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name, e.g. "Acme Recruitment"')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Licence seats the organisation has bought')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;org;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (json is the same as --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;org;show' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;org;delete' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;org;check' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Only this group of checks')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Provider checks in flight at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--all-orgs', '--all-orgs', [CompletionResultType]::ParameterName, 'Check every organisation: one line each; exits with the worst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;org;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organisations with their seats and integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organisation: seats, integrations and recent audit entries')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organisation, its users and its stored secrets')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Readiness report: licences and every linked provider checked live, each with its fix')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;org;help;create' {
            break
        }
        'atslink;org;help;list' {
            break
        }
        'atslink;org;help;show' {
            break
        }
        'atslink;org;help;delete' {
            break
        }
        'atslink;org;help;check' {
            break
        }
        'atslink;org;help;help' {
            break
        }
        'atslink;provider' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a provider''s app registration and endpoints (secrets go to the credential store)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show provider settings and whether a secret is stored (never its value)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;provider;set' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth client id of the platform''s app (JobAdder, Salesforce)')
            [CompletionResult]::new('--authorize-url', '--authorize-url', [CompletionResultType]::ParameterName, 'OAuth authorize endpoint (JobAdder)')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth token endpoint (JobAdder)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base used when the token response names none (JobAdder, Flare)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Login host: https://login.salesforce.com, https://test.salesforce.com or a My Domain (Salesforce)')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Loopback redirect URI registered with the app; repeat it to list several, tried in order until a port is free (JobAdder, Salesforce)')
            [CompletionResult]::new('--partner-action-url', '--partner-action-url', [CompletionResultType]::ParameterName, 'URL template of the Actions-menu button on candidates: https, with {candidateId} and {userId}, at most 500 characters (JobAdder)')
            [CompletionResult]::new('--partner-action-name', '--partner-action-name', [CompletionResultType]::ParameterName, 'Name of the Actions-menu button, at most 100 characters [default: Allsorter] (JobAdder)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from stdin (JobAdder, Salesforce)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;provider;show' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;provider;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a provider''s app registration and endpoints (secrets go to the credential store)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show provider settings and whether a secret is stored (never its value)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;provider;help;set' {
            break
        }
        'atslink;provider;help;show' {
            break
        }
        'atslink;provider;help;help' {
            break
        }
        'atslink;integration' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove a link: clean up at the provider where possible, then forget its secrets')
            [CompletionResult]::new('relink', 'relink', [CompletionResultType]::ParameterValue, 'Replace a link''s tokens with a new consent; the old ones stay until the new ones are stored')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List links with their health')
            [CompletionResult]::new('button', 'button', [CompletionResultType]::ParameterValue, 'Show the organisation''s JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;integration;link' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Flare: the organisation''s API key, read from stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;integration;link;jobadder' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the consent')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not open a browser: print the URL (to send to the customer''s admin) and read the final redirect URL from stdin')
            [CompletionResult]::new('--allow-shared-account', '--allow-shared-account', [CompletionResultType]::ParameterName, 'Link even if the JobAdder account is already linked to another organisation (its users then see one button per organisation)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;integration;link;salesforce' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the consent')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The customer''s connected app consumer key')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Login host (https://login.salesforce.com, https://test.salesforce.com or a My Domain)')
            [CompletionResult]::new('--jwt-key', '--jwt-key', [CompletionResultType]::ParameterName, 'JWT bearer flow with this RSA private key (PKCS#8 PEM); needs --username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The pre-authorised user for --jwt-key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not open a browser: print the URL (to send to the customer''s admin) and read the final redirect URL from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the connected app''s consumer secret from stdin')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Use the device flow (a code to enter on another device)')
            [CompletionResult]::new('--allow-shared-account', '--allow-shared-account', [CompletionResultType]::ParameterName, 'Link even if the Salesforce org is already linked to another organisation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;integration;link;flare' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: providers.flare.api_url]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the organisation''s API key from stdin')
            [CompletionResult]::new('--allow-shared-account', '--allow-shared-account', [CompletionResultType]::ParameterName, 'Link even if the Flare account is already linked to another organisation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;integration;link;help' {
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Flare: the organisation''s API key, read from stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;integration;link;help;jobadder' {
            break
        }
        'atslink;integration;link;help;salesforce' {
            break
        }
        'atslink;integration;link;help;flare' {
            break
        }
        'atslink;integration;link;help;help' {
            break
        }
        'atslink;integration;unlink' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;integration;relink' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--allow-account-change', '--allow-account-change', [CompletionResultType]::ParameterName, 'Accept a consent from a different JobAdder account or Salesforce org than the current link''s')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Flare: the organisation''s API key, read from stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;integration;relink;jobadder' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the consent')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--allow-account-change', '--allow-account-change', [CompletionResultType]::ParameterName, 'Accept a consent from a different JobAdder account or Salesforce org than the current link''s')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not open a browser: print the URL (to send to the customer''s admin) and read the final redirect URL from stdin')
            [CompletionResult]::new('--allow-shared-account', '--allow-shared-account', [CompletionResultType]::ParameterName, 'Link even if the JobAdder account is already linked to another organisation (its users then see one button per organisation)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;integration;relink;salesforce' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the consent')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The customer''s connected app consumer key')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Login host (https://login.salesforce.com, https://test.salesforce.com or a My Domain)')
            [CompletionResult]::new('--jwt-key', '--jwt-key', [CompletionResultType]::ParameterName, 'JWT bearer flow with this RSA private key (PKCS#8 PEM); needs --username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The pre-authorised user for --jwt-key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--allow-account-change', '--allow-account-change', [CompletionResultType]::ParameterName, 'Accept a consent from a different JobAdder account or Salesforce org than the current link''s')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not open a browser: print the URL (to send to the customer''s admin) and read the final redirect URL from stdin')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the connected app''s consumer secret from stdin')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Use the device flow (a code to enter on another device)')
            [CompletionResult]::new('--allow-shared-account', '--allow-shared-account', [CompletionResultType]::ParameterName, 'Link even if the Salesforce org is already linked to another organisation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;integration;relink;flare' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [default: providers.flare.api_url]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--allow-account-change', '--allow-account-change', [CompletionResultType]::ParameterName, 'Accept a consent from a different JobAdder account or Salesforce org than the current link''s')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the organisation''s API key from stdin')
            [CompletionResult]::new('--allow-shared-account', '--allow-shared-account', [CompletionResultType]::ParameterName, 'Link even if the Flare account is already linked to another organisation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;integration;relink;help' {
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Flare: the organisation''s API key, read from stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;integration;relink;help;jobadder' {
            break
        }
        'atslink;integration;relink;help;salesforce' {
            break
        }
        'atslink;integration;relink;help;flare' {
            break
        }
        'atslink;integration;relink;help;help' {
            break
        }
        'atslink;integration;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (json is the same as --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;integration;button' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Re-register the button at the current name and URL (serve''s launch route when [serve] public_url is set), without a relink')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;integration;help' {
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove a link: clean up at the provider where possible, then forget its secrets')
            [CompletionResult]::new('relink', 'relink', [CompletionResultType]::ParameterValue, 'Replace a link''s tokens with a new consent; the old ones stay until the new ones are stored')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List links with their health')
            [CompletionResult]::new('button', 'button', [CompletionResultType]::ParameterValue, 'Show the organisation''s JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;integration;help;link' {
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Flare: the organisation''s API key, read from stdin')
            break
        }
        'atslink;integration;help;link;jobadder' {
            break
        }
        'atslink;integration;help;link;salesforce' {
            break
        }
        'atslink;integration;help;link;flare' {
            break
        }
        'atslink;integration;help;unlink' {
            break
        }
        'atslink;integration;help;relink' {
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Flare: the organisation''s API key, read from stdin')
            break
        }
        'atslink;integration;help;relink;jobadder' {
            break
        }
        'atslink;integration;help;relink;salesforce' {
            break
        }
        'atslink;integration;help;relink;flare' {
            break
        }
        'atslink;integration;help;list' {
            break
        }
        'atslink;integration;help;button' {
            break
        }
        'atslink;integration;help;help' {
            break
        }
        'atslink;flare' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push JobAdder candidates or placements into Flare (once only, as Candidates)')
            [CompletionResult]::new('mapping', 'mapping', [CompletionResultType]::ParameterValue, 'Check which JobAdder workplaces and companies match Flare locations and legal entities')
            [CompletionResult]::new('diagnose', 'diagnose', [CompletionResultType]::ParameterValue, 'Find out why a candidate did not reach Flare, and gather what a support ticket needs')
            [CompletionResult]::new('auto', 'auto', [CompletionResultType]::ParameterValue, 'Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;flare;push' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--candidate', '--candidate', [CompletionResultType]::ParameterName, 'A JobAdder candidate id (with their latest placement selected for onboarding export)')
            [CompletionResult]::new('--placement', '--placement', [CompletionResultType]::ParameterName, 'A JobAdder placement id')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The JobAdder candidate with this email (as on a support ticket)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The JobAdder candidate with this name, when only one has it')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Every placement created or approved since then that is selected for onboarding export: a date, a duration before now (7d), or `last` (where the previous successful batch started)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many records a batch reads ahead at once (creating people stays one at a time)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'JobAdder placements per page when listing (1-1000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--require-match', '--require-match', [CompletionResultType]::ParameterName, 'Refuse to push a record whose location or legal entity would fall back to the Flare account''s default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be sent and every mapping warning; change nothing anywhere')
            [CompletionResult]::new('--retry-failed', '--retry-failed', [CompletionResultType]::ParameterName, 'In a batch, also retry records whose last push failed for a reason of their own (transient failures are always retried)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;flare;mapping' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Placements created since this date [default: 90 days ago]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;flare;diagnose' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--candidate', '--candidate', [CompletionResultType]::ParameterName, 'A JobAdder candidate id (with their latest placement selected for onboarding export)')
            [CompletionResult]::new('--placement', '--placement', [CompletionResultType]::ParameterName, 'A JobAdder placement id')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The candidate''s email (as on a support ticket); also looked up in Flare and the ledger when JobAdder cannot be asked')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The JobAdder candidate with this name, when only one has it')
            [CompletionResult]::new('--bundle', '--bundle', [CompletionResultType]::ParameterName, 'Also write everything as JSON to this file (no token or key in it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;flare;auto' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Delete the JobAdder webhook, then forget its authorization value')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;flare;auto;on' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public URL `atslink serve` is reached at [default: serve.public_url]')
            [CompletionResult]::new('--trigger', '--trigger', [CompletionResultType]::ParameterName, 'What exports: `placement` (placement_approved) and/or `candidate` (a "Send to Flare" button on candidates); repeatable')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;flare;auto;off' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;flare;auto;status' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'First wait (up to this long, e.g. 30s) until serve has handled every stored event and its watchdog has re-enabled every suspended webhook; exit 7 if not')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;flare;auto;help' {
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Delete the JobAdder webhook, then forget its authorization value')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;flare;auto;help;on' {
            break
        }
        'atslink;flare;auto;help;off' {
            break
        }
        'atslink;flare;auto;help;status' {
            break
        }
        'atslink;flare;auto;help;help' {
            break
        }
        'atslink;flare;help' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push JobAdder candidates or placements into Flare (once only, as Candidates)')
            [CompletionResult]::new('mapping', 'mapping', [CompletionResultType]::ParameterValue, 'Check which JobAdder workplaces and companies match Flare locations and legal entities')
            [CompletionResult]::new('diagnose', 'diagnose', [CompletionResultType]::ParameterValue, 'Find out why a candidate did not reach Flare, and gather what a support ticket needs')
            [CompletionResult]::new('auto', 'auto', [CompletionResultType]::ParameterValue, 'Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;flare;help;push' {
            break
        }
        'atslink;flare;help;mapping' {
            break
        }
        'atslink;flare;help;diagnose' {
            break
        }
        'atslink;flare;help;auto' {
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Delete the JobAdder webhook, then forget its authorization value')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events')
            break
        }
        'atslink;flare;help;auto;on' {
            break
        }
        'atslink;flare;help;auto;off' {
            break
        }
        'atslink;flare;help;auto;status' {
            break
        }
        'atslink;flare;help;help' {
            break
        }
        'atslink;licence' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an organisation''s users and seats')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give users a licence, creating them if needed (or from a CSV file)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Take users'' licences away and stop automatic assignment')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Give disabled users their licence back')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Move one user''s seat to another user in one step')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Take a free seat on a user''s first access (what the integration launch calls)')
            [CompletionResult]::new('seats', 'seats', [CompletionResultType]::ParameterValue, 'Set the number of seats the organisation has bought')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;licence;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only users in this licence state')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users with this role')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (json is the same as --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;assign' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role for new users named on the command line [default: member]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name for the user (with a single EMAIL)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'When there are not enough seats, assign in order up to the limit and report the rest (exit 8)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;disable' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)')
            [CompletionResult]::new('--skip-unknown', '--skip-unknown', [CompletionResultType]::ParameterName, 'Skip users who do not exist, reporting each as `unknown` (exit 8), instead of refusing the whole change')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;enable' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)')
            [CompletionResult]::new('--skip-unknown', '--skip-unknown', [CompletionResultType]::ParameterName, 'Skip users who do not exist, reporting each as `unknown` (exit 8), instead of refusing the whole change')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;reassign' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name for TO when it is created')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;claim' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The user''s name, recorded when the user is created')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the user came from')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The user''s id at the source provider')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;seats' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow fewer seats than active users; the excess stay active and are listed as over-allocated')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an organisation''s users and seats')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give users a licence, creating them if needed (or from a CSV file)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Take users'' licences away and stop automatic assignment')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Give disabled users their licence back')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Move one user''s seat to another user in one step')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Take a free seat on a user''s first access (what the integration launch calls)')
            [CompletionResult]::new('seats', 'seats', [CompletionResultType]::ParameterValue, 'Set the number of seats the organisation has bought')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;licence;help;list' {
            break
        }
        'atslink;licence;help;assign' {
            break
        }
        'atslink;licence;help;disable' {
            break
        }
        'atslink;licence;help;enable' {
            break
        }
        'atslink;licence;help;reassign' {
            break
        }
        'atslink;licence;help;claim' {
            break
        }
        'atslink;licence;help;seats' {
            break
        }
        'atslink;licence;help;help' {
            break
        }
        'atslink;token' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show every link''s token health: expiry, last refresh, forecast death, remedy')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Refresh links'' tokens through the locked path (the nightly keep-alive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;token;status' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--warn-within', '--warn-within', [CompletionResultType]::ParameterName, 'Call a link `expiring` when its refresh token dies within this')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many links --check asks about at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (json is the same as --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'All organisations, even when ATSLINK_ORG is set (the default without --org)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Ask the providers too: is the token accepted, is the authorising user still active?')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;token;refresh' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s links')
            [CompletionResult]::new('--if-idle', '--if-idle', [CompletionResultType]::ParameterName, 'Only links whose refresh token has not been used for this long (e.g. 7d)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every link of every organisation (also when ATSLINK_ORG is set)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Refresh even if another process refreshed moments ago, or a failed refresh''s cool-down is running')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;token;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show every link''s token health: expiry, last refresh, forecast death, remedy')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Refresh links'' tokens through the locked path (the nightly keep-alive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;token;help;status' {
            break
        }
        'atslink;token;help;refresh' {
            break
        }
        'atslink;token;help;help' {
            break
        }
        'atslink;audit' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries on or after this date (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries, newest first')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (json is the same as --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;serve' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on [default: serve.listen, else the address of an http public URL on this machine, else 127.0.0.1:8780]; port 0 picks a free one')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The public https URL the reverse proxy serves atslink at [default: serve.public_url]')
            [CompletionResult]::new('--drain-timeout', '--drain-timeout', [CompletionResultType]::ParameterName, 'How long in-flight requests may take to finish after SIGTERM or Ctrl-C')
            [CompletionResult]::new('--drain-delay', '--drain-delay', [CompletionResultType]::ParameterName, 'After SIGTERM or Ctrl-C, keep serving this long with /readyz answering 503 before closing the listener, so a load balancer takes this replica out first (set it above the readiness probe''s period)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log events are written on stderr: text lines, or one JSON object per line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;secrets' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Re-encrypt every secret of the database credential store under a new master key, in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;secrets;rekey' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--new-key-file', '--new-key-file', [CompletionResultType]::ParameterName, 'Read the new master key (base64 of 32 bytes) from this file; it must be mode 0600')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--new-key-stdin', '--new-key-stdin', [CompletionResultType]::ParameterName, 'Read the new master key (base64 of 32 bytes) from stdin')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;secrets;help' {
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Re-encrypt every secret of the database credential store under a new master key, in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;secrets;help;rekey' {
            break
        }
        'atslink;secrets;help;help' {
            break
        }
        'atslink;state' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy this home''s SQLite state and its secrets into an empty PostgreSQL database (a team''s shared store)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;state;status' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;state;migrate' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The target database, postgres://USER@HOST/DATABASE[?sslmode=require]; default: ATSLINK_DATABASE_URL, then [state] url. Keep a password out of the command line (ATSLINK_DATABASE_PASSWORD)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;state;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy this home''s SQLite state and its secrets into an empty PostgreSQL database (a team''s shared store)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;state;help;status' {
            break
        }
        'atslink;state;help;migrate' {
            break
        }
        'atslink;state;help;help' {
            break
        }
        'atslink;sandbox' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Reseed the sandbox world: users, records, apps, tokens, clock, faults')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the sandbox world''s clock')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users')
            [CompletionResult]::new('fault', 'fault', [CompletionResultType]::ParameterValue, 'Inject failures (status, latency, dropped connection) on matching requests')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Refresh grants spent per token family (one family per link), by id')
            [CompletionResult]::new('partner-actions', 'partner-actions', [CompletionResultType]::ParameterValue, 'JobAdder partner actions (Actions-menu buttons) registered in each account')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Sandbox app registrations and policies')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Requests per minute per account before the sandbox answers 429 (0: unlimited)')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'A scripted browser: sign in and answer the consent page of a sandbox authorize URL')
            [CompletionResult]::new('jwt-key', 'jwt-key', [CompletionResultType]::ParameterValue, 'Write the sandbox connected app''s private key (for the Salesforce JWT bearer flow)')
            [CompletionResult]::new('click', 'click', [CompletionResultType]::ParameterValue, 'Click a provider''s button as its user would: opens the signed launch URL and prints the outcome')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'The Flare account''s set-up: pay groups, location membership, brands, defaults')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Change JobAdder partner actions (Actions-menu buttons): add other partners'', restrict, rename, delete')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Change a JobAdder webhook on JobAdder''s side: suspend, fail, disable or re-enable it, or remove it')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'The Salesforce org on Salesforce''s side: move it to another instance, as an org migration does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;serve' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;reset' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;clock' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the world''s time and its offset from the system clock')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the world''s clock forward, e.g. 15d (tokens expire by it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;clock;show' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;clock;advance' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;clock;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the world''s time and its offset from the system clock')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the world''s clock forward, e.g. 15d (tokens expire by it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;clock;help;show' {
            break
        }
        'atslink;sandbox;clock;help;advance' {
            break
        }
        'atslink;sandbox;clock;help;help' {
            break
        }
        'atslink;sandbox;user' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sandbox users and their state')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users (one or many) to the sandbox''s JobAdder account or Salesforce org')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: their refresh tokens stop working (invalid_grant)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user: JobAdder refreshes fail with invalid_request')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated or deleted user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a JobAdder user''s administrator flag or "Grant API access to Integration partners" right')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;user;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s users')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;user;add' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Which provider''s users')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Their password on the sandbox login page')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Make them administrators (JobAdder only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;user;deactivate' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--refresh-still-works', '--refresh-still-works', [CompletionResultType]::ParameterName, 'JobAdder keeps accepting their refresh tokens (it documents the refusal only for deleted users)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;user;delete' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;user;reactivate' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;user;set' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Administrator in JobAdder')
            [CompletionResult]::new('--api-access', '--api-access', [CompletionResultType]::ParameterName, 'The "Grant API access to Integration partners" right')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sandbox users and their state')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users (one or many) to the sandbox''s JobAdder account or Salesforce org')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: their refresh tokens stop working (invalid_grant)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user: JobAdder refreshes fail with invalid_request')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated or deleted user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a JobAdder user''s administrator flag or "Grant API access to Integration partners" right')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;user;help;list' {
            break
        }
        'atslink;sandbox;user;help;add' {
            break
        }
        'atslink;sandbox;user;help;deactivate' {
            break
        }
        'atslink;sandbox;user;help;delete' {
            break
        }
        'atslink;sandbox;user;help;reactivate' {
            break
        }
        'atslink;sandbox;user;help;set' {
            break
        }
        'atslink;sandbox;user;help;help' {
            break
        }
        'atslink;sandbox;fault' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a fault for the next N requests whose path starts with PATH_PREFIX')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pending faults')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every pending fault')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;fault;add' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Answer with this HTTP status instead')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Delay the answer by this long (e.g. 5s)')
            [CompletionResult]::new('--next-link', '--next-link', [CompletionResultType]::ParameterName, 'Answer as usual but with this `links.next` in paged answers (`{self}` is the request''s own URL)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many matching requests it applies to')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--drop', '--drop', [CompletionResultType]::ParameterName, 'Close the connection without answering')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;fault;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;fault;clear' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;fault;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a fault for the next N requests whose path starts with PATH_PREFIX')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pending faults')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every pending fault')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;fault;help;add' {
            break
        }
        'atslink;sandbox;fault;help;list' {
            break
        }
        'atslink;sandbox;fault;help;clear' {
            break
        }
        'atslink;sandbox;fault;help;help' {
            break
        }
        'atslink;sandbox;grants' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;partner-actions' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;app' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the sandbox app registrations, policies and rates')
            [CompletionResult]::new('register-redirect', 'register-redirect', [CompletionResultType]::ParameterValue, 'Register one more exact redirect URI with a provider''s sandbox app')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Set the Salesforce connected app''s refresh-token policy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;app;show' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;app;register-redirect' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;app;salesforce' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--rotation', '--rotation', [CompletionResultType]::ParameterName, 'Refresh token rotation: with it on, reusing an old refresh token revokes the whole family')
            [CompletionResult]::new('--idle-limit', '--idle-limit', [CompletionResultType]::ParameterName, 'Expire a refresh token unused for this long (e.g. 30d)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--no-idle-limit', '--no-idle-limit', [CompletionResultType]::ParameterName, 'Refresh tokens are valid until revoked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;app;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the sandbox app registrations, policies and rates')
            [CompletionResult]::new('register-redirect', 'register-redirect', [CompletionResultType]::ParameterValue, 'Register one more exact redirect URI with a provider''s sandbox app')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Set the Salesforce connected app''s refresh-token policy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;app;help;show' {
            break
        }
        'atslink;sandbox;app;help;register-redirect' {
            break
        }
        'atslink;sandbox;app;help;salesforce' {
            break
        }
        'atslink;sandbox;app;help;help' {
            break
        }
        'atslink;sandbox;rate' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;browse' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Sign in as this user (email or username)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The user''s password')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Press Deny on the consent page instead of Allow')
            [CompletionResult]::new('--no-follow', '--no-follow', [CompletionResultType]::ParameterName, 'Stop at the redirect back to the application and print that address (to paste into `integration link --no-browser`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;jwt-key' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the PEM private key (mode 0600)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;click' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;click;jobadder' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The clicking JobAdder user (email or user id)')
            [CompletionResult]::new('--candidate', '--candidate', [CompletionResultType]::ParameterName, 'The candidate id the button is clicked on')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--print-url', '--print-url', [CompletionResultType]::ParameterName, 'Print the signed URL without opening it')
            [CompletionResult]::new('--send-to-flare', '--send-to-flare', [CompletionResultType]::ParameterName, 'Press the organisation''s "Send to Flare" button instead (`flare auto on --trigger candidate`): JobAdder raises candidate_partner_action to the subscribed webhooks')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;click;salesforce' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The Salesforce user opening the tab (username or user id)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'The contact id the tab is opened on')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;click;help' {
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;click;help;jobadder' {
            break
        }
        'atslink;sandbox;click;help;salesforce' {
            break
        }
        'atslink;sandbox;click;help;help' {
            break
        }
        'atslink;sandbox;generate' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('--without-cost-centre', '--without-cost-centre', [CompletionResultType]::ParameterName, 'Leave out the "Flare – Cost Centre" custom field, as recruiters who skip it do')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;flare' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the Flare account''s set-up: defaults, locations, legal entities, brands, pay groups')
            [CompletionResult]::new('pay-group', 'pay-group', [CompletionResultType]::ParameterValue, 'Add a legal entity to a pay group (created if missing) or remove it')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Add a legal entity to a location or remove it')
            [CompletionResult]::new('entity', 'entity', [CompletionResultType]::ParameterValue, 'Set or remove a legal entity''s brand (Enterprise > Entities)')
            [CompletionResult]::new('defaults', 'defaults', [CompletionResultType]::ParameterValue, 'Set the account''s default location or legal entity (any id, even one that does not exist)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;flare;show' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;flare;pay-group' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Add this legal entity (id)')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Remove this legal entity (id)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;flare;location' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Add this legal entity (id)')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Remove this legal entity (id)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;flare;entity' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--brand', '--brand', [CompletionResultType]::ParameterName, 'The brand''s id, or `none` to remove the entity''s brand')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;flare;defaults' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'The default location''s id')
            [CompletionResult]::new('--legal-entity', '--legal-entity', [CompletionResultType]::ParameterName, 'The default legal entity''s id')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;flare;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the Flare account''s set-up: defaults, locations, legal entities, brands, pay groups')
            [CompletionResult]::new('pay-group', 'pay-group', [CompletionResultType]::ParameterValue, 'Add a legal entity to a pay group (created if missing) or remove it')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Add a legal entity to a location or remove it')
            [CompletionResult]::new('entity', 'entity', [CompletionResultType]::ParameterValue, 'Set or remove a legal entity''s brand (Enterprise > Entities)')
            [CompletionResult]::new('defaults', 'defaults', [CompletionResultType]::ParameterValue, 'Set the account''s default location or legal entity (any id, even one that does not exist)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;flare;help;show' {
            break
        }
        'atslink;sandbox;flare;help;pay-group' {
            break
        }
        'atslink;sandbox;flare;help;location' {
            break
        }
        'atslink;sandbox;flare;help;entity' {
            break
        }
        'atslink;sandbox;flare;help;defaults' {
            break
        }
        'atslink;sandbox;flare;help;help' {
            break
        }
        'atslink;sandbox;action' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add other partners'' candidate buttons to a JobAdder account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a partner action (as a JobAdder admin removing the button would)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;action;add' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The button''s name (numbered when --count > 1)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many buttons')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The JobAdder account number [default: the first account]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;action;set' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--admin-only', '--admin-only', [CompletionResultType]::ParameterName, 'Show the button to administrators only')
            [CompletionResult]::new('--active-only', '--active-only', [CompletionResultType]::ParameterName, 'Show the button on active candidates only')
            [CompletionResult]::new('--statuses', '--statuses', [CompletionResultType]::ParameterName, 'Show the button only on candidates in these status ids (comma-separated), or `none`')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Rename the button')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Point the button at another URL')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;action;delete' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;action;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add other partners'' candidate buttons to a JobAdder account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a partner action (as a JobAdder admin removing the button would)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;action;help;add' {
            break
        }
        'atslink;sandbox;action;help;set' {
            break
        }
        'atslink;sandbox;action;help;delete' {
            break
        }
        'atslink;sandbox;action;help;help' {
            break
        }
        'atslink;sandbox;place' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--candidate', '--candidate', [CompletionResultType]::ParameterName, 'The JobAdder candidate id')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;webhook' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a webhook from JobAdder, with its queued deliveries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;webhook;set' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Its new status')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;webhook;delete' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;webhook;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a webhook from JobAdder, with its queued deliveries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;webhook;help;set' {
            break
        }
        'atslink;sandbox;webhook;help;delete' {
            break
        }
        'atslink;sandbox;webhook;help;help' {
            break
        }
        'atslink;sandbox;account' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;account;add' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The administrators'' password on the sandbox login page')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;account;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;account;help;add' {
            break
        }
        'atslink;sandbox;account;help;help' {
            break
        }
        'atslink;sandbox;salesforce' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('move-instance', 'move-instance', [CompletionResultType]::ParameterValue, 'Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;salesforce;move-instance' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--org-id', '--org-id', [CompletionResultType]::ParameterName, 'The org''s id (default: the sandbox''s first org)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;sandbox;salesforce;help' {
            [CompletionResult]::new('move-instance', 'move-instance', [CompletionResultType]::ParameterValue, 'Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;salesforce;help;move-instance' {
            break
        }
        'atslink;sandbox;salesforce;help;help' {
            break
        }
        'atslink;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Reseed the sandbox world: users, records, apps, tokens, clock, faults')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the sandbox world''s clock')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users')
            [CompletionResult]::new('fault', 'fault', [CompletionResultType]::ParameterValue, 'Inject failures (status, latency, dropped connection) on matching requests')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Refresh grants spent per token family (one family per link), by id')
            [CompletionResult]::new('partner-actions', 'partner-actions', [CompletionResultType]::ParameterValue, 'JobAdder partner actions (Actions-menu buttons) registered in each account')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Sandbox app registrations and policies')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Requests per minute per account before the sandbox answers 429 (0: unlimited)')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'A scripted browser: sign in and answer the consent page of a sandbox authorize URL')
            [CompletionResult]::new('jwt-key', 'jwt-key', [CompletionResultType]::ParameterValue, 'Write the sandbox connected app''s private key (for the Salesforce JWT bearer flow)')
            [CompletionResult]::new('click', 'click', [CompletionResultType]::ParameterValue, 'Click a provider''s button as its user would: opens the signed launch URL and prints the outcome')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'The Flare account''s set-up: pay groups, location membership, brands, defaults')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Change JobAdder partner actions (Actions-menu buttons): add other partners'', restrict, rename, delete')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Change a JobAdder webhook on JobAdder''s side: suspend, fail, disable or re-enable it, or remove it')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'The Salesforce org on Salesforce''s side: move it to another instance, as an org migration does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;sandbox;help;serve' {
            break
        }
        'atslink;sandbox;help;reset' {
            break
        }
        'atslink;sandbox;help;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the world''s time and its offset from the system clock')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the world''s clock forward, e.g. 15d (tokens expire by it)')
            break
        }
        'atslink;sandbox;help;clock;show' {
            break
        }
        'atslink;sandbox;help;clock;advance' {
            break
        }
        'atslink;sandbox;help;user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sandbox users and their state')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users (one or many) to the sandbox''s JobAdder account or Salesforce org')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: their refresh tokens stop working (invalid_grant)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user: JobAdder refreshes fail with invalid_request')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated or deleted user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a JobAdder user''s administrator flag or "Grant API access to Integration partners" right')
            break
        }
        'atslink;sandbox;help;user;list' {
            break
        }
        'atslink;sandbox;help;user;add' {
            break
        }
        'atslink;sandbox;help;user;deactivate' {
            break
        }
        'atslink;sandbox;help;user;delete' {
            break
        }
        'atslink;sandbox;help;user;reactivate' {
            break
        }
        'atslink;sandbox;help;user;set' {
            break
        }
        'atslink;sandbox;help;fault' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a fault for the next N requests whose path starts with PATH_PREFIX')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pending faults')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every pending fault')
            break
        }
        'atslink;sandbox;help;fault;add' {
            break
        }
        'atslink;sandbox;help;fault;list' {
            break
        }
        'atslink;sandbox;help;fault;clear' {
            break
        }
        'atslink;sandbox;help;grants' {
            break
        }
        'atslink;sandbox;help;partner-actions' {
            break
        }
        'atslink;sandbox;help;app' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the sandbox app registrations, policies and rates')
            [CompletionResult]::new('register-redirect', 'register-redirect', [CompletionResultType]::ParameterValue, 'Register one more exact redirect URI with a provider''s sandbox app')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Set the Salesforce connected app''s refresh-token policy')
            break
        }
        'atslink;sandbox;help;app;show' {
            break
        }
        'atslink;sandbox;help;app;register-redirect' {
            break
        }
        'atslink;sandbox;help;app;salesforce' {
            break
        }
        'atslink;sandbox;help;rate' {
            break
        }
        'atslink;sandbox;help;browse' {
            break
        }
        'atslink;sandbox;help;jwt-key' {
            break
        }
        'atslink;sandbox;help;click' {
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url')
            break
        }
        'atslink;sandbox;help;click;jobadder' {
            break
        }
        'atslink;sandbox;help;click;salesforce' {
            break
        }
        'atslink;sandbox;help;generate' {
            break
        }
        'atslink;sandbox;help;flare' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the Flare account''s set-up: defaults, locations, legal entities, brands, pay groups')
            [CompletionResult]::new('pay-group', 'pay-group', [CompletionResultType]::ParameterValue, 'Add a legal entity to a pay group (created if missing) or remove it')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Add a legal entity to a location or remove it')
            [CompletionResult]::new('entity', 'entity', [CompletionResultType]::ParameterValue, 'Set or remove a legal entity''s brand (Enterprise > Entities)')
            [CompletionResult]::new('defaults', 'defaults', [CompletionResultType]::ParameterValue, 'Set the account''s default location or legal entity (any id, even one that does not exist)')
            break
        }
        'atslink;sandbox;help;flare;show' {
            break
        }
        'atslink;sandbox;help;flare;pay-group' {
            break
        }
        'atslink;sandbox;help;flare;location' {
            break
        }
        'atslink;sandbox;help;flare;entity' {
            break
        }
        'atslink;sandbox;help;flare;defaults' {
            break
        }
        'atslink;sandbox;help;action' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add other partners'' candidate buttons to a JobAdder account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a partner action (as a JobAdder admin removing the button would)')
            break
        }
        'atslink;sandbox;help;action;add' {
            break
        }
        'atslink;sandbox;help;action;set' {
            break
        }
        'atslink;sandbox;help;action;delete' {
            break
        }
        'atslink;sandbox;help;place' {
            break
        }
        'atslink;sandbox;help;webhook' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a webhook from JobAdder, with its queued deliveries')
            break
        }
        'atslink;sandbox;help;webhook;set' {
            break
        }
        'atslink;sandbox;help;webhook;delete' {
            break
        }
        'atslink;sandbox;help;account' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)')
            break
        }
        'atslink;sandbox;help;account;add' {
            break
        }
        'atslink;sandbox;help;salesforce' {
            [CompletionResult]::new('move-instance', 'move-instance', [CompletionResultType]::ParameterValue, 'Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work')
            break
        }
        'atslink;sandbox;help;salesforce;move-instance' {
            break
        }
        'atslink;sandbox;help;help' {
            break
        }
        'atslink;demo' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;completions' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Work in the sandbox: a separate home (<home>/sandbox) and emulated providers')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;help' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Create, list, show and delete customer organisations')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Platform-wide provider app settings (client ids, endpoints, secrets)')
            [CompletionResult]::new('integration', 'integration', [CompletionResultType]::ParameterValue, 'Link organisations to JobAdder, Salesforce and Flare; unlink, relink, list')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Push JobAdder candidates and placements into Flare; mapping; diagnose')
            [CompletionResult]::new('licence', 'licence', [CompletionResultType]::ParameterValue, 'Licence seats: list, assign, disable, enable, reassign, claim, pool size')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Token health and refresh: status, refresh')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log of changes')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the service: JobAdder button and Salesforce tab launches, JobAdder webhooks to Flare, daily token keep-alive and alerts, health and metrics (HTTP behind a TLS proxy)')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'The database credential store''s master key: rekey')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'The state store: where it lives (SQLite or a team''s PostgreSQL), and moving a home onto PostgreSQL')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The provider sandbox: an emulator of JobAdder, Salesforce and Flare, and its controls')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A guided tour in a temporary home: real commands, shown as they run')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;help;org' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organisations with their seats and integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organisation: seats, integrations and recent audit entries')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organisation, its users and its stored secrets')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Readiness report: licences and every linked provider checked live, each with its fix')
            break
        }
        'atslink;help;org;create' {
            break
        }
        'atslink;help;org;list' {
            break
        }
        'atslink;help;org;show' {
            break
        }
        'atslink;help;org;delete' {
            break
        }
        'atslink;help;org;check' {
            break
        }
        'atslink;help;provider' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a provider''s app registration and endpoints (secrets go to the credential store)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show provider settings and whether a secret is stored (never its value)')
            break
        }
        'atslink;help;provider;set' {
            break
        }
        'atslink;help;provider;show' {
            break
        }
        'atslink;help;integration' {
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link an organisation to JobAdder, Salesforce or Flare (OAuth consent in the browser, or an API key)')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove a link: clean up at the provider where possible, then forget its secrets')
            [CompletionResult]::new('relink', 'relink', [CompletionResultType]::ParameterValue, 'Replace a link''s tokens with a new consent; the old ones stay until the new ones are stored')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List links with their health')
            [CompletionResult]::new('button', 'button', [CompletionResultType]::ParameterValue, 'Show the organisation''s JobAdder Actions-menu button as JobAdder has it; --update re-registers it where linking points it now')
            break
        }
        'atslink;help;integration;link' {
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Flare: the organisation''s API key, read from stdin')
            break
        }
        'atslink;help;integration;link;jobadder' {
            break
        }
        'atslink;help;integration;link;salesforce' {
            break
        }
        'atslink;help;integration;link;flare' {
            break
        }
        'atslink;help;integration;unlink' {
            break
        }
        'atslink;help;integration;relink' {
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'JobAdder: an admin of the customer''s account consents in the browser (the platform''s app)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Salesforce: the customer''s connected app, by browser consent (PKCE), device flow or JWT bearer')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'Flare: the organisation''s API key, read from stdin')
            break
        }
        'atslink;help;integration;relink;jobadder' {
            break
        }
        'atslink;help;integration;relink;salesforce' {
            break
        }
        'atslink;help;integration;relink;flare' {
            break
        }
        'atslink;help;integration;list' {
            break
        }
        'atslink;help;integration;button' {
            break
        }
        'atslink;help;flare' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push JobAdder candidates or placements into Flare (once only, as Candidates)')
            [CompletionResult]::new('mapping', 'mapping', [CompletionResultType]::ParameterValue, 'Check which JobAdder workplaces and companies match Flare locations and legal entities')
            [CompletionResult]::new('diagnose', 'diagnose', [CompletionResultType]::ParameterValue, 'Find out why a candidate did not reach Flare, and gather what a support ticket needs')
            [CompletionResult]::new('auto', 'auto', [CompletionResultType]::ParameterValue, 'Automatic export: JobAdder webhooks push approved placements to Flare through `atslink serve`')
            break
        }
        'atslink;help;flare;push' {
            break
        }
        'atslink;help;flare;mapping' {
            break
        }
        'atslink;help;flare;diagnose' {
            break
        }
        'atslink;help;flare;auto' {
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Register the JobAdder webhook(s) for the triggers (idempotent; needs JobAdder and Flare linked)')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Delete the JobAdder webhook, then forget its authorization value')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Webhook id and status, last event received, backlog, last push, failures in the last day; exit 1 with the fix when a webhook drops events')
            break
        }
        'atslink;help;flare;auto;on' {
            break
        }
        'atslink;help;flare;auto;off' {
            break
        }
        'atslink;help;flare;auto;status' {
            break
        }
        'atslink;help;licence' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an organisation''s users and seats')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give users a licence, creating them if needed (or from a CSV file)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Take users'' licences away and stop automatic assignment')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Give disabled users their licence back')
            [CompletionResult]::new('reassign', 'reassign', [CompletionResultType]::ParameterValue, 'Move one user''s seat to another user in one step')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Take a free seat on a user''s first access (what the integration launch calls)')
            [CompletionResult]::new('seats', 'seats', [CompletionResultType]::ParameterValue, 'Set the number of seats the organisation has bought')
            break
        }
        'atslink;help;licence;list' {
            break
        }
        'atslink;help;licence;assign' {
            break
        }
        'atslink;help;licence;disable' {
            break
        }
        'atslink;help;licence;enable' {
            break
        }
        'atslink;help;licence;reassign' {
            break
        }
        'atslink;help;licence;claim' {
            break
        }
        'atslink;help;licence;seats' {
            break
        }
        'atslink;help;token' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show every link''s token health: expiry, last refresh, forecast death, remedy')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Refresh links'' tokens through the locked path (the nightly keep-alive)')
            break
        }
        'atslink;help;token;status' {
            break
        }
        'atslink;help;token;refresh' {
            break
        }
        'atslink;help;audit' {
            break
        }
        'atslink;help;serve' {
            break
        }
        'atslink;help;secrets' {
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Re-encrypt every secret of the database credential store under a new master key, in one transaction')
            break
        }
        'atslink;help;secrets;rekey' {
            break
        }
        'atslink;help;state' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the state store lives (SQLite file or PostgreSQL), its schema version, whether it answers, and its rows per table')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy this home''s SQLite state and its secrets into an empty PostgreSQL database (a team''s shared store)')
            break
        }
        'atslink;help;state;status' {
            break
        }
        'atslink;help;state;migrate' {
            break
        }
        'atslink;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the provider emulator on 127.0.0.1 until interrupted; prints ATSLINK_SANDBOX_URL=…')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Reseed the sandbox world: users, records, apps, tokens, clock, faults')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the sandbox world''s clock')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'List, deactivate, delete or reactivate sandbox JobAdder and Salesforce users')
            [CompletionResult]::new('fault', 'fault', [CompletionResultType]::ParameterValue, 'Inject failures (status, latency, dropped connection) on matching requests')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Refresh grants spent per token family (one family per link), by id')
            [CompletionResult]::new('partner-actions', 'partner-actions', [CompletionResultType]::ParameterValue, 'JobAdder partner actions (Actions-menu buttons) registered in each account')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Sandbox app registrations and policies')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Requests per minute per account before the sandbox answers 429 (0: unlimited)')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'A scripted browser: sign in and answer the consent page of a sandbox authorize URL')
            [CompletionResult]::new('jwt-key', 'jwt-key', [CompletionResultType]::ParameterValue, 'Write the sandbox connected app''s private key (for the Salesforce JWT bearer flow)')
            [CompletionResult]::new('click', 'click', [CompletionResultType]::ParameterValue, 'Click a provider''s button as its user would: opens the signed launch URL and prints the outcome')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Add N synthetic candidates with approved onboarding placements to the JobAdder account (load tests, benchmarks)')
            [CompletionResult]::new('flare', 'flare', [CompletionResultType]::ParameterValue, 'The Flare account''s set-up: pay groups, location membership, brands, defaults')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Change JobAdder partner actions (Actions-menu buttons): add other partners'', restrict, rename, delete')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Create and approve a JobAdder placement for a candidate (selected for onboarding export) and deliver placement_approved to the registered webhooks')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Change a JobAdder webhook on JobAdder''s side: suspend, fail, disable or re-enable it, or remove it')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Add JobAdder accounts or Salesforce orgs, each with an administrator (one per organisation, for load tests)')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'The Salesforce org on Salesforce''s side: move it to another instance, as an org migration does')
            break
        }
        'atslink;help;sandbox;serve' {
            break
        }
        'atslink;help;sandbox;reset' {
            break
        }
        'atslink;help;sandbox;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the world''s time and its offset from the system clock')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the world''s clock forward, e.g. 15d (tokens expire by it)')
            break
        }
        'atslink;help;sandbox;clock;show' {
            break
        }
        'atslink;help;sandbox;clock;advance' {
            break
        }
        'atslink;help;sandbox;user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sandbox users and their state')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users (one or many) to the sandbox''s JobAdder account or Salesforce org')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: their refresh tokens stop working (invalid_grant)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user: JobAdder refreshes fail with invalid_request')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated or deleted user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a JobAdder user''s administrator flag or "Grant API access to Integration partners" right')
            break
        }
        'atslink;help;sandbox;user;list' {
            break
        }
        'atslink;help;sandbox;user;add' {
            break
        }
        'atslink;help;sandbox;user;deactivate' {
            break
        }
        'atslink;help;sandbox;user;delete' {
            break
        }
        'atslink;help;sandbox;user;reactivate' {
            break
        }
        'atslink;help;sandbox;user;set' {
            break
        }
        'atslink;help;sandbox;fault' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a fault for the next N requests whose path starts with PATH_PREFIX')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pending faults')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every pending fault')
            break
        }
        'atslink;help;sandbox;fault;add' {
            break
        }
        'atslink;help;sandbox;fault;list' {
            break
        }
        'atslink;help;sandbox;fault;clear' {
            break
        }
        'atslink;help;sandbox;grants' {
            break
        }
        'atslink;help;sandbox;partner-actions' {
            break
        }
        'atslink;help;sandbox;app' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the sandbox app registrations, policies and rates')
            [CompletionResult]::new('register-redirect', 'register-redirect', [CompletionResultType]::ParameterValue, 'Register one more exact redirect URI with a provider''s sandbox app')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Set the Salesforce connected app''s refresh-token policy')
            break
        }
        'atslink;help;sandbox;app;show' {
            break
        }
        'atslink;help;sandbox;app;register-redirect' {
            break
        }
        'atslink;help;sandbox;app;salesforce' {
            break
        }
        'atslink;help;sandbox;rate' {
            break
        }
        'atslink;help;sandbox;browse' {
            break
        }
        'atslink;help;sandbox;jwt-key' {
            break
        }
        'atslink;help;sandbox;click' {
            [CompletionResult]::new('jobadder', 'jobadder', [CompletionResultType]::ParameterValue, 'Actions > (the button) on a JobAdder candidate: fills the URL template, appends _exp and _h')
            [CompletionResult]::new('salesforce', 'salesforce', [CompletionResultType]::ParameterValue, 'Opens the Allsorter tab (a Canvas app) on a Salesforce contact: posts a signed request to serve.public_url')
            break
        }
        'atslink;help;sandbox;click;jobadder' {
            break
        }
        'atslink;help;sandbox;click;salesforce' {
            break
        }
        'atslink;help;sandbox;generate' {
            break
        }
        'atslink;help;sandbox;flare' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the Flare account''s set-up: defaults, locations, legal entities, brands, pay groups')
            [CompletionResult]::new('pay-group', 'pay-group', [CompletionResultType]::ParameterValue, 'Add a legal entity to a pay group (created if missing) or remove it')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Add a legal entity to a location or remove it')
            [CompletionResult]::new('entity', 'entity', [CompletionResultType]::ParameterValue, 'Set or remove a legal entity''s brand (Enterprise > Entities)')
            [CompletionResult]::new('defaults', 'defaults', [CompletionResultType]::ParameterValue, 'Set the account''s default location or legal entity (any id, even one that does not exist)')
            break
        }
        'atslink;help;sandbox;flare;show' {
            break
        }
        'atslink;help;sandbox;flare;pay-group' {
            break
        }
        'atslink;help;sandbox;flare;location' {
            break
        }
        'atslink;help;sandbox;flare;entity' {
            break
        }
        'atslink;help;sandbox;flare;defaults' {
            break
        }
        'atslink;help;sandbox;action' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add other partners'' candidate buttons to a JobAdder account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a partner action: restrict it to admins or to candidates by status, rename it, point it elsewhere')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a partner action (as a JobAdder admin removing the button would)')
            break
        }
        'atslink;help;sandbox;action;add' {
            break
        }
        'atslink;help;sandbox;action;set' {
            break
        }
        'atslink;help;sandbox;action;delete' {
            break
        }
        'atslink;help;sandbox;place' {
            break
        }
        'atslink;help;sandbox;webhook' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Put a webhook in a status (Enabled also forgets its delivery failures, as a PUT does)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a webhook from JobAdder, with its queued deliveries')
            break
        }
        'atslink;help;sandbox;webhook;set' {
            break
        }
        'atslink;help;sandbox;webhook;delete' {
            break
        }
        'atslink;help;sandbox;account' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add accounts, each with one administrator who may consent (admin@agency-<account>.example, admin@sf-<n>.example)')
            break
        }
        'atslink;help;sandbox;account;add' {
            break
        }
        'atslink;help;sandbox;salesforce' {
            [CompletionResult]::new('move-instance', 'move-instance', [CompletionResultType]::ParameterValue, 'Serve the org from another instance: userinfo and new tokens name it; calls to the old one still work')
            break
        }
        'atslink;help;sandbox;salesforce;move-instance' {
            break
        }
        'atslink;help;demo' {
            break
        }
        'atslink;help;completions' {
            break
        }
        'atslink;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
