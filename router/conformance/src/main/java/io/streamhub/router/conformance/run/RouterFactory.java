package io.streamhub.router.conformance.run;

/**
 * Starts a {@link RouterUnderTest} from a supergraph SDL whose subgraph URLs are live.
 */
@FunctionalInterface
public interface RouterFactory {

	RouterUnderTest start(String supergraphSdl) throws Exception;

}
