package io.streamhub.platform.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.core.QueryInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;
import io.r2dbc.spi.ConnectionFactory;
import io.streamhub.platform.events.OutboxRelay;

/**
 * Counts the SQL statements executed through an R2DBC {@link ConnectionFactory} (wrapped
 * with r2dbc-proxy). With {@code @EmbeddedInfrastructure(countSql = true)} the context's
 * ConnectionFactory is wrapped and this is a bean: <pre>{@code
 * counter.reset();
 * // ... query 50 _entities ...
 * assertThat(counter.count()).isEqualTo(1);
 * }</pre> Statements run by Flyway (JDBC) are not counted.
 */
public final class SqlStatementCounter {

	private final List<String> statements = new CopyOnWriteArrayList<>();

	/**
	 * Wrap a connection factory so its statements are counted here.
	 * @param connectionFactory the factory to wrap
	 * @return the counting factory
	 */
	public ConnectionFactory wrap(ConnectionFactory connectionFactory) {
		return ProxyConnectionFactory.builder(connectionFactory).listener(new ProxyExecutionListener() {

			@Override
			public void beforeQuery(QueryExecutionInfo execution) {
				for (QueryInfo query : execution.getQueries()) {
					record(query.getQuery());
				}
			}

		}).build();
	}

	private void record(String sql) {
		if (!sql.startsWith(OutboxRelay.SQL_MARKER)) {
			this.statements.add(sql);
		}
	}

	/**
	 * Forget everything counted so far.
	 */
	public void reset() {
		this.statements.clear();
	}

	/**
	 * The number of statements executed since the last reset.
	 * @return the count
	 */
	public int count() {
		return this.statements.size();
	}

	/**
	 * The statements executed since the last reset, in order.
	 * @return a copy of the SQL texts
	 */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

}
