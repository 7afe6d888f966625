package no.blaresept.examples.helseid;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.HelseIdTokenProvider;

/** What the HelseID examples share: the command line and a provider from the configuration file. Stateless. */
final class ExampleRunner {

    private ExampleRunner() {
    }

    /** Runs {@code run} with the configuration file argument, or {@code mock} for {@code --mock}, and exits with its code. */
    static void main(String name, String[] args, ToIntFunction<PrintStream> mock, ToIntBiFunction<Path, PrintStream> run) {
        if (args.length != 1) {
            System.err.println("usage: " + name + " <config.properties> | --mock");
            System.exit(2);
        }
        System.exit(args[0].equals("--mock") ? mock.applyAsInt(System.out) : run.applyAsInt(Path.of(args[0]), System.out));
    }

    /**
     * Loads the configuration file and runs {@code body} with a provider for it.
     *
     * @return 2 for a bad configuration or key (printed), otherwise what {@code body} returns
     */
    static int withProvider(Path configFile, PrintStream out,
                            ToIntBiFunction<TokenExampleConfig, HelseIdTokenProvider> body) {
        TokenExampleConfig config;
        HelseIdConfig helseId;
        try {
            config = TokenExampleConfig.load(configFile);
            helseId = config.helseIdConfig();
        } catch (IllegalArgumentException | HelseIdException e) {
            out.println("configuration error: " + e.getMessage());
            return 2;
        }
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(helseId)) {
            return body.applyAsInt(config, provider);
        }
    }
}
