package io.streamhub.platform.test;

import io.r2dbc.spi.ConnectionFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every R2DBC {@link ConnectionFactory} bean with a {@link SqlStatementCounter}.
 */
final class SqlCountingPostProcessor implements BeanPostProcessor {

	private final SqlStatementCounter counter;

	SqlCountingPostProcessor(SqlStatementCounter counter) {
		this.counter = counter;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof ConnectionFactory connectionFactory) {
			return this.counter.wrap(connectionFactory);
		}
		return bean;
	}

}
