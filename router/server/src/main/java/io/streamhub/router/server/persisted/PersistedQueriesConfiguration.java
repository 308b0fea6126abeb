package io.streamhub.router.server.persisted;

import io.streamhub.router.server.config.RouterProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The manifest store (the engine configuration has it plan the persisted operations on
 * every engine before the server opens its port).
 */
@Configuration(proxyBeanMethods = false)
public class PersistedQueriesConfiguration {

	@Bean(destroyMethod = "close")
	ManifestStore manifestStore(RouterProperties properties) {
		return new ManifestStore(properties.getPersistedQueries().getManifest(),
				properties.getPersistedQueries().getPollInterval());
	}

}
