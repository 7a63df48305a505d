package io.marketsync.sandbox.salesforce;

/** A user of the simulated org who can log in: id (18 chars, prefix 005), username and password. */
public record OrgUser(String id, String username, String password, String name) {

    @Override
    public String toString() {
        return "OrgUser[" + id + ", " + username + "]";
    }
}
