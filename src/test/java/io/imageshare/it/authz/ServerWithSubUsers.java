package io.imageshare.it.authz;

import io.imageshare.it.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One server per test class, on the backend under test; each test makes its own accounts and users. */
abstract class ServerWithSubUsers {
    static TestServer server;
    static SubUsers subUsers;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        subUsers = new SubUsers(server.app());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
