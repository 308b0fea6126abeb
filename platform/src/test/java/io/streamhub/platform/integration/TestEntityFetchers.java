package io.streamhub.platform.integration;

import java.util.Map;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import io.streamhub.platform.errors.ForbiddenException;

/**
 * Public because DGS invokes entity fetchers reflectively without making them accessible.
 */
@DgsComponent
public class TestEntityFetchers {

	@DgsEntityFetcher(name = "Gadget")
	public Map<String, Object> gadget(Map<String, Object> representation) {
		if ("forbidden".equals(representation.get("id"))) {
			throw new ForbiddenException("Not your gadget");
		}
		throw new IllegalStateException("gadget table password hunter2");
	}

}
