package io.streamhub.router.server.http;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseMediaTypesTests {

	@Test
	void noAcceptHeaderMeansJson() {
		assertThat(negotiate("")).hasValue(MediaType.APPLICATION_JSON);
	}

	@Test
	void wildcardsMeanJsonForLegacyClients() {
		assertThat(negotiate("*/*")).hasValue(MediaType.APPLICATION_JSON);
		assertThat(negotiate("application/*")).hasValue(MediaType.APPLICATION_JSON);
	}

	@Test
	void graphQlResponseJsonWinsATieAndWhenPreferred() {
		assertThat(negotiate("application/json, application/graphql-response+json"))
			.hasValue(ResponseMediaTypes.GRAPHQL_RESPONSE);
		assertThat(negotiate("application/graphql-response+json, application/json;q=0.9"))
			.hasValue(ResponseMediaTypes.GRAPHQL_RESPONSE);
		assertThat(negotiate("application/graphql-response+json")).hasValue(ResponseMediaTypes.GRAPHQL_RESPONSE);
	}

	@Test
	void jsonWhenTheClientPrefersIt() {
		assertThat(negotiate("application/graphql-response+json;q=0.5, application/json"))
			.hasValue(MediaType.APPLICATION_JSON);
	}

	@Test
	void nothingAcceptableWhenNeitherTypeIsAccepted() {
		assertThat(negotiate("text/html")).isEmpty();
		assertThat(negotiate("application/json;q=0, application/graphql-response+json;q=0")).isEmpty();
	}

	private static Optional<MediaType> negotiate(String accept) {
		return ResponseMediaTypes.negotiate(MediaType.parseMediaTypes(accept));
	}

}
