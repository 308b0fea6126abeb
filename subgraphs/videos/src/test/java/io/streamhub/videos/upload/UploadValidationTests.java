package io.streamhub.videos.upload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.videos.support.TestVideos;
import io.streamhub.videos.support.VideosIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may upload, what is refused (with the offending field named and nothing written),
 * and the daily upload limit.
 */
@VideosIntegrationTest
class UploadValidationTests {

	private static final String CREATE = """
			mutation($input: CreateVideoUploadInput!) { createVideoUpload(input: $input) { video { id } uploadUrl } }""";

	private static final String MINE = """
			query($me: ID!) { videos(filter: {creatorId: $me}, first: 100) { edges { node { id } } } }""";

	@Autowired
	WebTestClient web;

	@Test
	void anonymousUsersAndViewersCannotUpload() {
		assertThat(GraphQlClient.of(this.web).execute(CREATE, Map.of("input", valid())).errorCode())
			.isEqualTo("UNAUTHENTICATED");
		assertThat(GraphQlClient.of(this.web)
			.withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER))
			.execute(CREATE, Map.of("input", valid()))
			.errorCode()).isEqualTo("FORBIDDEN");
		assertThat(GraphQlClient.of(this.web)
			.withToken(TestVideos.token(UUID.randomUUID(), Role.ADMIN))
			.execute(CREATE, Map.of("input", valid()))
			.assertNoErrors()
			.<String>data("createVideoUpload.uploadUrl")).startsWith("http");
	}

	@Test
	void invalidInputIsRefusedNamingTheFieldAndWritesNothing() {
		UUID creator = UUID.randomUUID();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(creator, Role.CREATOR));
		Map<String, Object> cases = new HashMap<>();
		cases.put("input.title", with("title", "ab"));
		cases.put("input.description", with("description", "Nice <script>alert(1)</script>"));
		cases.put("input.category", with("category", "<b>bold</b>"));
		cases.put("input.contentType", with("contentType", "image/png"));
		cases.put("input.sizeBytes", with("sizeBytes", 0));
		assertField(client, with("title", "x".repeat(201)), "input.title");
		assertField(client, with("tags", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")), "input.tags");
		assertField(client, with("tags", List.of("t".repeat(31))), "input.tags");
		assertField(client, with("sizeBytes", 10 * 1024 * 1024 + 1), "input.sizeBytes");
		assertField(client, with("sizeBytes", 1.5), "input.sizeBytes");
		cases.forEach((field, input) -> assertField(client, (Map<String, Object>) input, field));

		GraphQlResponse mine = client.execute(MINE, Map.of("me", creator.toString())).assertNoErrors();
		assertThat((List<Object>) mine.data("videos.edges")).isEmpty();
	}

	@Test
	void theEleventhUploadOfTheDayIsRateLimited() {
		UUID creator = UUID.randomUUID();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(creator, Role.CREATOR));
		for (int i = 0; i < 10; i++) {
			client.execute(CREATE, Map.of("input", valid())).assertNoErrors();
		}

		GraphQlResponse eleventh = client.execute(CREATE, Map.of("input", valid()));

		assertThat(eleventh.errorCode()).isEqualTo("RATE_LIMITED");
		assertThat((List<Object>) client.execute(MINE, Map.of("me", creator.toString())).data("videos.edges"))
			.hasSize(10);
		// Another creator is not affected.
		GraphQlClient.of(this.web)
			.withToken(TestVideos.token(UUID.randomUUID(), Role.CREATOR))
			.execute(CREATE, Map.of("input", valid()))
			.assertNoErrors();
	}

	private static void assertField(GraphQlClient client, Map<String, Object> input, String field) {
		GraphQlResponse response = client.execute(CREATE, Map.of("input", input));
		assertThat(response.errorCode()).as("code for %s: %s", field, response).isEqualTo("BAD_USER_INPUT");
		assertThat(response.errorField()).as("field of %s", response).isEqualTo(field);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private static Map<String, Object> with(String key, Object value) {
		Map<String, Object> input = valid();
		input.put(key, value);
		return input;
	}

	private static Map<String, Object> valid() {
		Map<String, Object> input = new HashMap<>();
		input.put("title", "A fine video");
		input.put("contentType", "video/mp4");
		input.put("sizeBytes", 1000);
		return input;
	}

}
