package io.streamhub.router.composition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A rover {@code supergraph.yaml}: {@code federation_version} and, per subgraph, its
 * {@code routing_url} and where its schema comes from ({@code schema.file}, relative to
 * the yaml's directory, or {@code schema.subgraph_url}, asked for {@code _service { sdl
 * }}).
 */
public final class SupergraphConfig {

	private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

	private final @Nullable String federationVersion;

	private final List<Entry> subgraphs;

	private SupergraphConfig(@Nullable String federationVersion, List<Entry> subgraphs) {
		this.federationVersion = federationVersion;
		this.subgraphs = List.copyOf(subgraphs);
	}

	/**
	 * Reads a supergraph.yaml.
	 * @param supergraphYaml the file
	 * @return the configuration
	 * @throws UncheckedIOException when the file cannot be read
	 * @throws IllegalArgumentException when the file is not a valid rover configuration
	 */
	public static SupergraphConfig read(Path supergraphYaml) {
		Object root;
		try {
			String text = Files.readString(supergraphYaml, StandardCharsets.UTF_8);
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + supergraphYaml, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(supergraphYaml + " is not valid YAML: " + ex.getMessage(), ex);
		}
		Map<?, ?> document = asMap(root, supergraphYaml + "");
		Map<?, ?> subgraphs = asMap(document.get("subgraphs"), supergraphYaml + ": subgraphs");
		Path base = supergraphYaml.toAbsolutePath().getParent();
		List<Entry> entries = new ArrayList<>();
		subgraphs.forEach(
				(name, value) -> entries.add(entry(base, String.valueOf(name), asMap(value, "subgraphs." + name))));
		Object version = document.get("federation_version");
		return new SupergraphConfig((version != null) ? String.valueOf(version) : null, entries);
	}

	private static Entry entry(Path base, String name, Map<?, ?> subgraph) {
		Map<?, ?> schema = asMap(subgraph.get("schema"), "subgraphs." + name + ".schema");
		Object file = schema.get("file");
		Object subgraphUrl = schema.get("subgraph_url");
		Object routingUrl = subgraph.get("routing_url");
		if (file == null && subgraphUrl == null) {
			throw new IllegalArgumentException("subgraphs." + name + ".schema needs 'file' or 'subgraph_url'");
		}
		if (routingUrl == null && subgraphUrl == null) {
			throw new IllegalArgumentException("subgraphs." + name + " needs a 'routing_url'");
		}
		String url = String.valueOf((routingUrl != null) ? routingUrl : subgraphUrl);
		Path path = (file != null) ? base.resolve(String.valueOf(file)).normalize() : null;
		return new Entry(name, url, path, (subgraphUrl != null) ? String.valueOf(subgraphUrl) : null);
	}

	private static Map<?, ?> asMap(@Nullable Object value, String where) {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw new IllegalArgumentException(where + " must be a mapping");
	}

	/**
	 * The {@code federation_version} as written (e.g. {@code =2.9.0}), if any.
	 * @return the federation version
	 */
	public @Nullable String federationVersion() {
		return this.federationVersion;
	}

	/**
	 * The subgraph names, in file order.
	 * @return the names
	 */
	public List<String> subgraphNames() {
		return this.subgraphs.stream().map(Entry::name).toList();
	}

	/**
	 * Loads every subgraph's SDL (reading files, or asking running subgraphs for
	 * {@code _service { sdl }}).
	 * @return the subgraphs, in file order
	 * @throws UncheckedIOException when a schema cannot be read or fetched
	 */
	public List<SubgraphSource> load() {
		List<SubgraphSource> sources = new ArrayList<>();
		for (Entry entry : this.subgraphs) {
			sources.add(new SubgraphSource(entry.name(), entry.routingUrl(), sdl(entry)));
		}
		return sources;
	}

	private static String sdl(Entry entry) {
		if (entry.file() != null) {
			try {
				return Files.readString(entry.file(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the schema of subgraph " + entry.name(), ex);
			}
		}
		return fetchSdl(entry.name(), entry.subgraphUrl());
	}

	private static String fetchSdl(String name, @Nullable String url) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(FETCH_TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ _service { sdl } }\"}"))
			.build();
		HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IOException("HTTP " + response.statusCode() + " from " + url);
			}
			return extractSdl(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot fetch the schema of subgraph " + name + " from " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UncheckedIOException(new IOException("Interrupted while fetching " + url, ex));
		}
	}

	private static String extractSdl(String json) throws IOException {
		Object body = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
		Object sdl = null;
		if (body instanceof Map<?, ?> root && root.get("data") instanceof Map<?, ?> data
				&& data.get("_service") instanceof Map<?, ?> service) {
			sdl = service.get("sdl");
		}
		if (!(sdl instanceof String text)) {
			throw new IOException("No data._service.sdl in the response: " + json);
		}
		return text;
	}

	/**
	 * A subgraph entry.
	 */
	private record Entry(String name, String routingUrl, @Nullable Path file, @Nullable String subgraphUrl) {

	}

	@Override
	public String toString() {
		Map<String, String> names = new LinkedHashMap<>();
		this.subgraphs.forEach((entry) -> names.put(entry.name(), entry.routingUrl()));
		return "SupergraphConfig" + names;
	}

}
