
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Create, list, show and delete customer organisations')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Platform-wide provider app settings (client ids, endpoints, secrets)')
            [CompletionResult]::new('licence', 'licence', [CompletionResultType]::ParameterValue, 'Licence seats: list, assign, disable, enable, reassign, claim, pool size')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log of changes')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organisations with their seats and integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an organisation: seats, integrations and recent audit entries')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organisation, its users and its stored secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'atslink;org;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name, e.g. "Acme Recruitment"')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Licence seats the organisation has bought')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;org;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (json is the same as --json)')
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
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth client id of the platform''s app (JobAdder, Salesforce)')
            [CompletionResult]::new('--authorize-url', '--authorize-url', [CompletionResultType]::ParameterName, 'OAuth authorize endpoint (JobAdder)')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'OAuth token endpoint (JobAdder)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base used when the token response names none (JobAdder, Flare)')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'Login host: https://login.salesforce.com, https://test.salesforce.com or a My Domain (Salesforce)')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Loopback redirect URI registered with the app (JobAdder, Salesforce)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from stdin (JobAdder, Salesforce)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
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
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only users in this licence state')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users with this role')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (json is the same as --json)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;assign' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role for new users named on the command line [default: member]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name for the user (with a single EMAIL)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'When there are not enough seats, assign in order up to the limit and report the rest (exit 8)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;disable' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;enable' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'CSV file with a header row: `email` required, `name` and `role` optional ("-" for stdin)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to act on (its slug)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding config.toml and state.db [default: the platform config dir, e.g. ~/.config/atslink]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, and change nothing')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'When there are not enough seats, enable in order up to the limit and report the rest (exit 8)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;reassign' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name for TO when it is created')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;licence;claim' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The user''s name, recorded when the user is created')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the user came from')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The user''s id at the source provider')
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
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow fewer seats than active users; the excess stay active and are listed as over-allocated')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":…}')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is happening on stderr (repeat for more: -vv)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a hint where a prompt would be needed')
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
        'atslink;audit' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries on or after this date (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries, newest first')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (json is the same as --json)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'atslink;help' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Create, list, show and delete customer organisations')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Platform-wide provider app settings (client ids, endpoints, secrets)')
            [CompletionResult]::new('licence', 'licence', [CompletionResultType]::ParameterValue, 'Licence seats: list, assign, disable, enable, reassign, claim, pool size')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log of changes')
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
        'atslink;help;audit' {
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
