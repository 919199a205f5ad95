package dev.xacct.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line {@code xacct} was started with. Global options apply to every AWS client of
 * the run; {@code -c} and {@code --file} make it a one-shot run instead of the interactive shell,
 * and so does a stdin that is not a terminal ({@code stdinScript}: the script is read from it).
 */
public record LaunchOptions(
        List<String> commands,
        Optional<Path> script,
        Optional<String> profile,
        Optional<String> region,
        Optional<String> endpointUrl,
        boolean demo,
        boolean color,
        boolean debug,
        boolean help,
        boolean stdinScript) {

    public static final String USAGE = """
            Usage: xacct [OPTIONS]                 open the interactive shell
                   xacct [OPTIONS] -c "CMD; CMD"   run commands and exit
                   xacct [OPTIONS] --file FILE     run a script of commands and exit

            Options:
              -c, --command CMDS    commands to run, separated by ';' or newlines
              -f, --file FILE       a script: one command per line, '#' starts a comment
                  --profile P       AWS profile of the first session (default: AWS_PROFILE or the default chain)
                  --region R        AWS region of the first session
                  --endpoint-url U  send every AWS call to U (moto, LocalStack); AWS_ENDPOINT_URL works too
                  --demo            open on the bundled demo dataset, no AWS needed
                  --no-color        plain output (NO_COLOR works too)
                  --debug           show stack traces for errors
              -h, --help            this help
              -V, --version         print the version and exit

            With stdin not a terminal (a pipe, a file), the commands are read from it as a script.
            Exit codes: 0 ok, 1 a command failed, 2 usage error, 130 interrupted (Ctrl-C);
            commands read from stdin stop at their first failure with 1, a usage error too.
            """;

    public LaunchOptions {
        commands = List.copyOf(commands);
    }

    /** The interactive shell: no {@code -c}, no {@code --file}, and stdin is a terminal. */
    public boolean interactive() {
        return commands.isEmpty() && script.isEmpty() && !stdinScript;
    }

    /** The same options, reading the script from stdin when nothing else says what to run (stdin is not a terminal). */
    public LaunchOptions withStdinScript(boolean stdinIsTerminal) {
        boolean fromStdin = commands.isEmpty() && script.isEmpty() && !help && !stdinIsTerminal;
        return new LaunchOptions(commands, script, profile, region, endpointUrl, demo, color, debug, help, fromStdin);
    }

    public static LaunchOptions parse(String[] args, Map<String, String> env) {
        List<String> commands = new ArrayList<>();
        Path script = null;
        String profile = null;
        String region = null;
        String endpoint = null;
        boolean demo = false;
        boolean color = env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty();
        boolean debug = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                inlineValue = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "-c", "--command" -> {
                    String value = inlineValue != null ? inlineValue : valueOf(args, ++i, arg);
                    commands.add(value);
                }
                case "-f", "--file" -> script = Path.of(inlineValue != null ? inlineValue : valueOf(args, ++i, arg));
                case "--profile" -> profile = inlineValue != null ? inlineValue : valueOf(args, ++i, arg);
                case "--region" -> region = inlineValue != null ? inlineValue : valueOf(args, ++i, arg);
                case "--endpoint-url" -> endpoint = inlineValue != null ? inlineValue : valueOf(args, ++i, arg);
                case "--demo" -> demo = true;
                case "--no-color" -> color = false;
                case "--debug" -> debug = true;
                case "-h", "--help" -> help = true;
                case "-V", "--version" -> commands.add("version");
                default -> throw new UsageError("unknown option '" + args[i] + "' (see xacct --help)");
            }
        }
        if (script != null && !commands.isEmpty()) {
            throw new UsageError("give either -c or --file, not both");
        }
        if (endpoint != null) {
            checkEndpoint(endpoint, "--endpoint-url " + endpoint);
        } else {
            String fromEnv = env.get("AWS_ENDPOINT_URL");
            endpoint = fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
            if (endpoint != null) {
                checkEndpoint(endpoint, "AWS_ENDPOINT_URL=" + endpoint);
            }
        }
        return new LaunchOptions(
                commands,
                Optional.ofNullable(script),
                Optional.ofNullable(profile),
                Optional.ofNullable(region),
                Optional.ofNullable(endpoint),
                demo,
                color,
                debug,
                help,
                false);
    }

    /** An endpoint is an http(s) URL with a host; anything else fails every AWS call later, with Java's words. */
    private static void checkEndpoint(String endpoint, String given) {
        String why = null;
        try {
            java.net.URI uri = new java.net.URI(endpoint);
            if (uri.getScheme() == null
                    || !(uri.getScheme().equalsIgnoreCase("http")
                            || uri.getScheme().equalsIgnoreCase("https"))) {
                why = "not an http:// or https:// URL";
            } else if (uri.getHost() == null || uri.getHost().isEmpty()) {
                why = "the URL has no host";
            }
        } catch (java.net.URISyntaxException e) {
            why = "not a URL (" + e.getReason() + ")";
        }
        if (why != null) {
            throw new UsageError(given + ": " + why + "; give one like http://127.0.0.1:5000 (see xacct --help)");
        }
    }

    private static String valueOf(String[] args, int index, String option) {
        if (index >= args.length
                || (args[index].startsWith("-")
                        && args[index].length() > 1
                        && !option.equals("-c")
                        && !option.equals("--command"))) {
            throw new UsageError("option " + option + " needs a value (see xacct --help)");
        }
        return args[index];
    }
}
