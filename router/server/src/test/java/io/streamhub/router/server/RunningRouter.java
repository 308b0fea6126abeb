package io.streamhub.router.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The router started in-process on a random port, with a real HTTP client to talk to it.
 */
public final class RunningRouter implements AutoCloseable {

	public static final Path SUPERGRAPH = resource("/supergraph.graphql");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConfigurableApplicationContext context;

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI base;

	private RunningRouter(ConfigurableApplicationContext context) {
		this.context = context;
		this.base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
	}

	public static RunningRouter start(TestSubgraphs subgraphs, String... arguments) {
		List<String> overridden = Stream.of(arguments).map((argument) -> argument.split("=", 2)[0]).toList();
		List<String> all = new ArrayList<>();
		Stream.of("--server.port=0", "--server.address=127.0.0.1", "--router.supergraph=" + SUPERGRAPH)
			.filter((argument) -> !overridden.contains(argument.split("=", 2)[0]))
			.forEach(all::add);
		subgraphs.urlArguments()
			.stream()
			.filter((argument) -> !overridden.contains(argument.split("=", 2)[0]))
			.forEach(all::add);
		all.addAll(List.of(arguments));
		return new RunningRouter(RouterApplication.application().run(all.toArray(String[]::new)));
	}

	/**
	 * Starts the router with only the given arguments (plus a random loopback port).
	 * @param arguments the router arguments, including {@code --router.supergraph}
	 * @return the running router
	 */
	public static RunningRouter startWithout(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
		all.addAll(List.of(arguments));
		return new RunningRouter(RouterApplication.application().run(all.toArray(String[]::new)));
	}

	public static Path resource(String name) {
		try {
			return Path.of(Objects.requireNonNull(RunningRouter.class.getResource(name)).toURI());
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String pathAndQuery) {
		return this.base.resolve(pathAndQuery);
	}

	public HttpResponse<String> post(String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	public static Object parseAny(String json) {
		return JSON.readValue(json, Object.class);
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> parse(String json) {
		return JSON.readValue(json, Map.class);
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
