package io.streamhub.discovery.config;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Infrastructure beans of the discovery service.
 */
@Configuration(proxyBeanMethods = false)
class DiscoveryConfiguration {

	/** The PostgreSQL schema this service owns (Flyway migrates into it). */
	static final String SCHEMA = "discovery";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	TransactionalOperator discoveryTransactionalOperator(ReactiveTransactionManager transactionManager) {
		return TransactionalOperator.create(transactionManager);
	}

	/**
	 * Every R2DBC connection works in the service's own schema, whatever URL it was
	 * given.
	 */
	@Bean
	ConnectionFactoryOptionsBuilderCustomizer discoverySchemaCustomizer() {
		return (builder) -> builder.option(PostgresqlConnectionFactoryProvider.SCHEMA, SCHEMA);
	}

	@Bean
	ElasticsearchRequests elasticsearchRequests() {
		return new ElasticsearchRequests();
	}

	@Bean(destroyMethod = "close")
	RestClient elasticsearchRestClient(DiscoveryProperties properties, ElasticsearchRequests requests) {
		DiscoveryProperties.Elasticsearch config = properties.getElasticsearch();
		int timeout = (int) config.getRequestTimeout().toMillis();
		return RestClient.builder(HttpHost.create(config.getUrl()))
			.setDefaultHeaders(authorization(config))
			.setRequestConfigCallback((request) -> request.setConnectTimeout(timeout).setSocketTimeout(timeout))
			.setHttpClientConfigCallback((client) -> client.setMaxConnTotal(64)
				.setMaxConnPerRoute(64)
				.addInterceptorLast(
						(org.apache.http.HttpRequestInterceptor) (request, context) -> requests.increment()))
			.build();
	}

	private static Header[] authorization(DiscoveryProperties.Elasticsearch config) {
		if (config.getUsername().isEmpty()) {
			return new Header[0];
		}
		String credentials = config.getUsername() + ":" + config.getPassword();
		return new Header[] { new BasicHeader("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))) };
	}

	@Bean
	ElasticsearchAsyncClient elasticsearchClient(RestClient restClient) {
		return new ElasticsearchAsyncClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
	}

}
