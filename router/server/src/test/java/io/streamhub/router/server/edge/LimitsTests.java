package io.streamhub.router.server.edge;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits checked before planning, over HTTP (the edge router runs with small limits:
 * depth 3, aliases 3, root fields 4, directives 2, tokens 400, cost 300; list fields
 * count 10), and introspection for admins only.
 */
class LimitsTests {

	private static EdgeRouter edge;

	@org.junit.jupiter.api.BeforeAll
	static void startRouter() {
		edge = EdgeRouter.start();
	}

	@org.junit.jupiter.api.AfterAll
	static void stopRouter() {
		edge.close();
	}

	@Test
	void operationsWithinTheLimitsRun() {
		HttpResponse<String> response = edge.post(EdgeRouter.query("{ users { posts { title } } }"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Post of 1");
	}

	@Test
	void tooDeepIsRefusedAlsoThroughFragments() {
		assertRefused("{ me { posts { related { title } } } }", "MAX_DEPTH_EXCEEDED");
		assertRefused("{ me { ...P } } fragment P on User { posts { ...R } } fragment R on Post { related { title } }",
				"MAX_DEPTH_EXCEEDED");
	}

	@Test
	void tooManyAliasesAreRefused() {
		assertRefused("{ a: me { id } b: me { id } c: me { id } d: me { id } }", "MAX_ALIASES_EXCEEDED");
	}

	@Test
	void tooManyRootFieldsAreRefused() {
		assertRefused("{ me { id } users { id } seenAuthorization __typename x: me { name } }",
				"MAX_ROOT_FIELDS_EXCEEDED");
	}

	@Test
	void tooManyDirectivesOnOneFieldAreRefused() {
		assertRefused("{ me { id @include(if: true) @skip(if: false) @include(if: true) } }",
				"MAX_DIRECTIVES_EXCEEDED");
	}

	@Test
	void tooManyTokensAreRefused() {
		assertRefused("{ me { " + "id ".repeat(500) + "} }", "MAX_TOKENS_EXCEEDED");
	}

	@Test
	void expensiveListsAreRefusedByTheCostEstimate() {
		// each users { posts { title } } costs 1 + 10 * (1 + 10 * 1) = 111
		assertRefused("{ users { posts { title } } b: users { posts { title } } c: users { posts { title } } }",
				"COST_ESTIMATED_TOO_EXPENSIVE");
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void reusedFragmentsDoNotExpandExponentially() {
		// CVE-2025-32380's shape: each fragment spreads the next one twice; expanded, the
		// document selects 2^30 fields
		StringBuilder document = new StringBuilder("{ me { ...F1 ...F1 } }\n");
		for (int i = 1; i < 30; i++) {
			document.append("fragment F")
				.append(i)
				.append(" on User { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }\n");
		}
		document.append("fragment F30 on User { id }\n");

		HttpResponse<String> response = edge.post(EdgeRouter.query(document.toString()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(EdgeRouter.firstErrorCode(response)).isEqualTo("COST_ESTIMATED_TOO_EXPENSIVE");
	}

	@Test
	void introspectionIsForbiddenToAnonymousAndNonAdminCallers() {
		HttpResponse<String> anonymous = edge.post(EdgeRouter.query("{ __schema { queryType { name } } }"));
		HttpResponse<String> viewer = edge.post(EdgeRouter.query("{ __type(name: \"User\") { name } }"),
				"Authorization", "Bearer " + TestTokens.shared().token(UUID.randomUUID(), Role.VIEWER));

		assertThat(anonymous.statusCode()).isEqualTo(403);
		assertThat(EdgeRouter.firstErrorCode(anonymous)).isEqualTo("FORBIDDEN");
		assertThat(viewer.statusCode()).isEqualTo(403);
		assertThat(viewer.body()).doesNotContain("\"data\"");
	}

	@Test
	void adminsMayIntrospectAndTypenameIsNotIntrospection() {
		HttpResponse<String> admin = edge.post(EdgeRouter.query("{ __schema { queryType { name } } }"), "Authorization",
				"Bearer " + TestTokens.shared().token(UUID.randomUUID(), Role.ADMIN));
		HttpResponse<String> typename = edge.post(EdgeRouter.query("{ __typename }"));

		assertThat(EdgeRouter.body(admin))
			.isEqualTo(Map.of("data", Map.of("__schema", Map.of("queryType", Map.of("name", "Query")))));
		assertThat(EdgeRouter.body(typename)).isEqualTo(Map.of("data", Map.of("__typename", "Query")));
	}

	private void assertRefused(String query, String code) {
		HttpResponse<String> response = edge.post(EdgeRouter.query(query));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(EdgeRouter.firstErrorCode(response)).isEqualTo(code);
		assertThat(response.body()).doesNotContain("\"data\"");
	}

}
