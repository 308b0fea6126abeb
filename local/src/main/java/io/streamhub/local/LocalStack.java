package io.streamhub.local;

import java.util.List;

import io.streamhub.local.infrastructure.LocalInfrastructure;
import io.streamhub.local.seed.DemoAccount;
import io.streamhub.local.seed.DemoAccounts;
import io.streamhub.local.service.LocalPorts;
import io.streamhub.local.service.LocalServices;

/**
 * The whole platform in one JVM: embedded infrastructure, every service, demo data.
 * Closing it stops the services, then the infrastructure.
 */
public final class LocalStack implements AutoCloseable {

	private final LocalInfrastructure infrastructure;

	private final LocalServices services;

	private final LocalPorts ports;

	private final List<DemoAccount> accounts;

	private LocalStack(LocalInfrastructure infrastructure, LocalServices services, LocalPorts ports,
			List<DemoAccount> accounts) {
		this.infrastructure = infrastructure;
		this.services = services;
		this.ports = ports;
		this.accounts = accounts;
	}

	/**
	 * Start everything and seed the demo accounts.
	 * @param ports where the services listen
	 * @return the running stack
	 */
	public static LocalStack start(LocalPorts ports) {
		LocalInfrastructure infrastructure = LocalInfrastructure.start();
		LocalServices services = null;
		try {
			services = LocalServices.start(infrastructure, ports);
			List<DemoAccount> accounts = DemoAccounts.seed(ports.usersUrl());
			return new LocalStack(infrastructure, services, ports, accounts);
		}
		catch (RuntimeException ex) {
			if (services != null) {
				services.close();
			}
			infrastructure.close();
			throw ex;
		}
	}

	public LocalPorts ports() {
		return this.ports;
	}

	public List<DemoAccount> accounts() {
		return this.accounts;
	}

	public LocalInfrastructure infrastructure() {
		return this.infrastructure;
	}

	@Override
	public void close() {
		this.services.close();
		this.infrastructure.close();
	}

}
