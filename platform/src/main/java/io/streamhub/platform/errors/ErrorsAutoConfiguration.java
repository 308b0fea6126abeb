package io.streamhub.platform.errors;

import graphql.execution.DataFetcherExceptionHandler;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * Registers the exception resolver that maps exceptions to GraphQL errors with
 * {@code extensions.code}. Spring for GraphQL, and DGS 12 which runs on it, consult
 * {@link DataFetcherExceptionResolver} beans in order; this one comes first and resolves
 * every exception. The same mapping is the graphql-java
 * {@link DataFetcherExceptionHandler} that DGS uses for {@code _entities} (registered
 * before DGS so that its default, which leaks exception messages, backs off).
 */
@AutoConfiguration(beforeName = "com.netflix.graphql.dgs.springgraphql.autoconfig.DgsSpringGraphQLAutoConfiguration")
@ConditionalOnClass({ DataFetcherExceptionResolver.class, graphql.GraphQL.class })
public class ErrorsAutoConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	DataFetcherExceptionResolver streamhubExceptionResolver() {
		return new StreamhubExceptionResolver();
	}

	@Bean
	DataFetcherExceptionHandler streamhubDataFetcherExceptionHandler() {
		return new StreamhubDataFetcherExceptionHandler();
	}

}
