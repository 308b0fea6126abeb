package io.streamhub.comments.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.comments.support.CommentsIntegrationTest;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.comments.support.TestVideos;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supergraph's "50 videos with commentCount and the first 3 comments with their
 * authors, reply and like counts" costs this subgraph a constant number of statements.
 */
@CommentsIntegrationTest
class CommentBatchingTests {

	private static final String QUERY = """
			query($r: [_Any!]!) { _entities(representations: $r) { ... on Video { id commentCount
			  comments(first: 3) { edges { node { id body author { id } replyCount likeCount viewerHasLiked createdAt } } } } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	DatabaseClient db;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void fiftyVideosWithCountsAndFirstCommentsCostAsManyStatementsAsFive() {
		List<Map<String, Object>> five = representations(5);
		List<Map<String, Object>> fifty = representations(50);
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		this.sql.reset();
		client.execute(QUERY, Map.of("r", five)).assertNoErrors();
		int forFive = requestStatements().size();
		this.sql.reset();
		GraphQlResponse response = client.execute(QUERY, Map.of("r", fifty)).assertNoErrors();
		List<String> statements = requestStatements();

		System.out.printf("comments: %d statements for 5 videos, %d for 50%n", forFive, statements.size());
		assertThat((List<Object>) response.data("_entities")).hasSize(50);
		assertThat((List<Integer>) response.data("_entities[*].commentCount")).containsOnly(4);
		assertThat((List<Object>) response.data("_entities[7].comments.edges")).hasSize(3);
		assertThat(statements).as("%s", statements).hasSize(forFive).hasSizeLessThanOrEqualTo(6);
	}

	@Test
	void bothOrderingsInOneRequestCostOneStatementEachHoweverManyVideos() {
		String query = """
				query($r: [_Any!]!) { _entities(representations: $r) { ... on Video { id
				  top: comments(first: 2, orderBy: TOP) { edges { cursor node { id likeCount } } }
				  newest: comments(first: 2) { edges { node { id } } } } } }""";
		List<Map<String, Object>> five = representations(5);
		List<Map<String, Object>> fifty = representations(50);
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		this.sql.reset();
		client.execute(query, Map.of("r", five)).assertNoErrors();
		int forFive = requestStatements().size();
		this.sql.reset();
		GraphQlResponse response = client.execute(query, Map.of("r", fifty)).assertNoErrors();
		List<String> statements = requestStatements();

		System.out.printf("comments (TOP + NEWEST): %d statements for 5 videos, %d for 50%n", forFive,
				statements.size());
		assertThat((List<Object>) response.data("_entities[49].top.edges")).hasSize(2);
		assertThat((List<Object>) response.data("_entities[49].newest.edges")).hasSize(2);
		assertThat(statements).as("%s", statements).hasSize(forFive).hasSizeLessThanOrEqualTo(4);
	}

	private List<Map<String, Object>> representations(int count) {
		List<Map<String, Object>> representations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID video = this.videos.video(UUID.randomUUID(), "PUBLIC");
			for (int c = 0; c < 4; c++) {
				this.db
					.sql("INSERT INTO comment (id, video_id, author_id, body, created_at) "
							+ "VALUES (:id, :video, :author, 'Nice', now() - make_interval(secs => :c))")
					.bind("id", UUID.randomUUID())
					.bind("video", video)
					.bind("author", UUID.randomUUID())
					.bind("c", c)
					.then()
					.block();
			}
			representations.add(Map.of("__typename", "Video", "id", video.toString()));
		}
		return representations;
	}

	private List<String> requestStatements() {
		return this.sql.statements().stream().filter((statement) -> !statement.contains("outbox")).toList();
	}

}
