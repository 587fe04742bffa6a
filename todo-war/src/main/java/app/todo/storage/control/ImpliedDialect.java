package app.todo.storage.control;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Gives Hibernate the dialect the database URL implies (PostgreSQL or H2, {@link DatabaseVendor}), so that it starts without a connection: the application deploys while PostgreSQL is still starting (a pod
 * started beside it) or down, and its readiness waits for the database (TodoDatabase). Without it, Hibernate asks the
 * database which it is, and a database not up yet failed the deployment. Connected, Hibernate still reads the
 * database's version. Registered in META-INF/services; Payara builds the persistence unit before the application's
 * MicroProfile Config exists, so persistence.xml cannot take it from there.
 */
public class ImpliedDialect implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        if (!registry.getSettings().containsKey(AvailableSettings.DIALECT)) {
            registry.applySetting(
                    AvailableSettings.DIALECT,
                    DatabaseVendor.of(DatabaseDefaults.configuredUrl()).dialect());
        }
    }
}
