package io.ponte.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports for the processes a test starts (servers, nginx, containers), which must not collide with others. */
public final class LoopbackPorts {

	private LoopbackPorts() {
	}

	/** A port nothing listens on now, as the operating system picks one for a socket bound to port 0. */
	public static int free() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
