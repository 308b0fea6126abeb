package io.streamhub.platform.embedded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves the Elasticsearch child JVM starts here (as root on these machines), indexes and
 * searches, and is gone after {@link EmbeddedElasticsearch#close()}. The start-up time is
 * printed for the report.
 */
class EmbeddedElasticsearchTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void startsAsChildProcessIndexesSearchesAndStops() throws Exception {
		long started = System.nanoTime();
		EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.start();
		try {
			System.out.printf("embedded Elasticsearch (child JVM) started in %d ms (user %s)%n",
					(System.nanoTime() - started) / 1_000_000, System.getProperty("user.name"));
			assertThat(send(elasticsearch, "PUT", "/proof",
					"{\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\"}}}}")
				.statusCode()).isEqualTo(200);
			assertThat(send(elasticsearch, "PUT", "/proof/_doc/1?refresh=true", "{\"title\":\"Hello search\"}")
				.statusCode()).isEqualTo(201);
			HttpResponse<String> found = send(elasticsearch, "POST", "/proof/_search",
					"{\"query\":{\"match\":{\"title\":\"hello\"}}}");
			assertThat(found.body()).contains("\"_id\":\"1\"").contains("Hello search");
		}
		finally {
			elasticsearch.close();
		}
		assertThat(elasticsearch.isRunning()).isFalse();
		assertThatThrownBy(() -> send(elasticsearch, "GET", "/_cluster/health", null))
			.isInstanceOf(java.io.IOException.class);
	}

	@Test
	void javaOptionsDefaultToQuickStartUpAndCanBeReplaced() {
		assertThat(EmbeddedElasticsearch.javaOptions()).containsExactly("-Xms256m", "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
		System.setProperty("streamhub.elasticsearch.java-options", " -Xmx1g   -XX:+UseSerialGC ");
		try {
			assertThat(EmbeddedElasticsearch.javaOptions()).containsExactly("-Xmx1g", "-XX:+UseSerialGC");
		}
		finally {
			System.clearProperty("streamhub.elasticsearch.java-options");
		}
	}

	private HttpResponse<String> send(EmbeddedElasticsearch elasticsearch, String method, String path, String body)
			throws Exception {
		HttpRequest.BodyPublisher publisher = (body != null) ? HttpRequest.BodyPublishers.ofString(body)
				: HttpRequest.BodyPublishers.noBody();
		HttpRequest request = HttpRequest.newBuilder(URI.create(elasticsearch.url() + path))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.method(method, publisher)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
