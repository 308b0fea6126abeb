package io.streamhub.availability.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.availability.support.AvailabilityIntegrationTest;
import io.streamhub.availability.support.TestVideos;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.platform.test.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "50 videos with where to watch them" costs this subgraph a constant number of
 * statements: video access, offers (only for videos not cached) and platforms.
 */
@AvailabilityIntegrationTest
class AvailabilityBatchingTests {

	private static final String QUERY = """
			query($r: [_Any!]!) { _entities(representations: $r) { ... on Video { id
			  availability(region: "US") { available offerType price { amount } platform { name slug } } } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	DatabaseClient db;

	@Test
	void fiftyVideosCostAsManyStatementsAsFiveAndCachedOnesFewer() {
		GraphQlClient admin = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.ADMIN));
		List<String> platforms = List.of(platform(admin), platform(admin), platform(admin));
		List<Map<String, Object>> five = representations(platforms, 5);
		List<Map<String, Object>> fifty = representations(platforms, 50);
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		this.sql.reset();
		client.execute(QUERY, Map.of("r", five)).assertNoErrors();
		int forFive = this.sql.count();
		this.sql.reset();
		GraphQlResponse response = client.execute(QUERY, Map.of("r", fifty)).assertNoErrors();
		List<String> cold = this.sql.statements();
		this.sql.reset();
		client.execute(QUERY, Map.of("r", fifty)).assertNoErrors();
		List<String> cached = this.sql.statements();

		System.out.printf("availability: %d statements for 5 videos, %d for 50 (cold cache), %d for 50 cached%n",
				forFive, cold.size(), cached.size());
		assertThat((List<Object>) response.data("_entities")).hasSize(50);
		assertThat((List<Object>) response.data("_entities[7].availability")).hasSize(3);
		assertThat(cold).as("%s", cold).hasSize(forFive).hasSize(3);
		assertThat(cached).as("%s", cached).hasSize(2).noneMatch((statement) -> statement.contains("FROM offer"));
	}

	private String platform(GraphQlClient admin) {
		return admin
			.execute("mutation($s: String!) { createPlatform(input: {name: \"P\", slug: $s}) { id } }",
					Map.of("s", "b-" + UUID.randomUUID().toString().substring(0, 8)))
			.assertNoErrors()
			.data("createPlatform.id");
	}

	private List<Map<String, Object>> representations(List<String> platforms, int count) {
		List<Map<String, Object>> representations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String video = this.videos.publicVideo().toString();
			platforms.forEach((platform) -> this.db
				.sql("INSERT INTO offer (video_id, platform_id, region, available, offer_type, price_amount, "
						+ "price_currency, last_verified_at) VALUES (:v, :p, 'US', true, 'RENT', 1.5, 'USD', now())")
				.bind("v", UUID.fromString(video))
				.bind("p", UUID.fromString(platform))
				.then()
				.block());
			representations.add(Map.of("__typename", "Video", "id", video));
		}
		return representations;
	}

}
