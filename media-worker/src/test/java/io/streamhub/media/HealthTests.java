package io.streamhub.media;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.streamhub.media.support.MediaWorkerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees on the health port.
 */
@MediaWorkerTest
class HealthTests {

	@LocalServerPort
	int port;

	@Test
	void healthReportsFfmpegRedisAndS3() throws Exception {
		JsonNode health = get("/actuator/health");
		assertThat(health.get("status").asString()).isEqualTo("UP");
		JsonNode components = health.get("components");
		assertThat(components.get("ffmpeg").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("jobsRedis").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("s3").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("s3").get("details").get("bucket").asString()).isEqualTo("streamhub-media");
	}

	@Test
	void metricsAreServed() throws Exception {
		for (String metric : new String[] { "media.jobs.done", "media.jobs.failed", "media.jobs.retried",
				"media.jobs.queue.lag", "media.transcode.time", "media.transcode.speed" }) {
			assertThat(get("/actuator/metrics/" + metric).get("name").asString()).isEqualTo(metric);
		}
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
