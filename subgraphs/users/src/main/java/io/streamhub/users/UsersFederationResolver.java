package io.streamhub.users;

import java.util.Map;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.federation.DefaultDgsFederationResolver;
import io.streamhub.users.account.Account;
import io.streamhub.users.generated.DgsConstants;

/**
 * Tells {@code _entities} which GraphQL type each domain value is (by default DGS expects
 * the Java class to carry the type's name; {@code Notification} does, {@link Account} is
 * a {@code User}).
 */
@DgsComponent
class UsersFederationResolver extends DefaultDgsFederationResolver {

	@Override
	public Map<Class<?>, String> typeMapping() {
		return Map.of(Account.class, DgsConstants.USER.TYPE_NAME);
	}

}
