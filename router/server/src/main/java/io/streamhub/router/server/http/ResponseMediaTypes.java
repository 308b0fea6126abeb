package io.streamhub.router.server.http;

import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * Chooses the response media type from the {@code Accept} header, as the GraphQL over
 * HTTP spec describes: {@code application/graphql-response+json} when the client asks for
 * it (explicitly, at least as preferred as {@code application/json}), otherwise
 * {@code application/json} (also for a missing header and for wildcards, so legacy
 * clients keep working).
 */
final class ResponseMediaTypes {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private ResponseMediaTypes() {
	}

	/**
	 * Negotiates the response type.
	 * @param accept the parsed {@code Accept} header (empty when absent)
	 * @return the type, or empty when the client accepts neither (406)
	 */
	static Optional<MediaType> negotiate(List<MediaType> accept) {
		if (accept.isEmpty()) {
			return Optional.of(MediaType.APPLICATION_JSON);
		}
		Preference graphQlResponse = Preference.of(accept, GRAPHQL_RESPONSE);
		Preference json = Preference.of(accept, MediaType.APPLICATION_JSON);
		if (graphQlResponse.quality() <= 0 && json.quality() <= 0) {
			return Optional.empty();
		}
		return Optional.of(graphQlResponse.isBetterThan(json) ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON);
	}

	/**
	 * How much the client wants a type: the quality of the most specific {@code Accept}
	 * entry that includes it, and whether that entry names the type exactly.
	 */
	private record Preference(double quality, boolean explicit) {

		static Preference of(List<MediaType> accept, MediaType candidate) {
			Preference best = new Preference(0, false);
			int bestSpecificity = -1;
			for (MediaType range : accept) {
				int specificity = specificity(range);
				if (range.includes(candidate) && specificity > bestSpecificity) {
					best = new Preference(range.getQualityValue(), specificity == 2);
					bestSpecificity = specificity;
				}
			}
			return best;
		}

		private static int specificity(MediaType range) {
			if (range.isWildcardType()) {
				return 0;
			}
			return range.isWildcardSubtype() ? 1 : 2;
		}

		boolean isBetterThan(Preference other) {
			if (this.quality != other.quality) {
				return this.quality > other.quality;
			}
			return this.explicit;
		}

	}

}
