package io.streamhub.availability.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;

/**
 * The queries the tests share.
 */
public final class AvailabilityQueries {

	/** A video's availability in a region, through {@code _entities}. */
	public static final String AVAILABILITY = """
			query($r: [_Any!]!, $region: String) { _entities(representations: $r) { ... on Video { id
			  availability(region: $region) { platform { id slug name } available url offerType
			  price { amount currency } region lastVerifiedAt } } } }""";

	private AvailabilityQueries() {
	}

	/** The availability of one video in a region. */
	public static GraphQlResponse availability(GraphQlClient client, UUID video, String region) {
		return client.execute(AVAILABILITY,
				Map.of("r", List.of(Map.of("__typename", "Video", "id", video.toString())), "region", region));
	}

}
