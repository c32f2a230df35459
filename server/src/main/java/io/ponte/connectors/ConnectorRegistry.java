package io.ponte.connectors;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Every connector bean, found by the name an institution's {@code connector} column gives. */
@Service
public class ConnectorRegistry {

	private final Map<String, Connector> byName;

	ConnectorRegistry(List<Connector> connectors) {
		this.byName = connectors.stream().collect(Collectors.toUnmodifiableMap(Connector::name, Function.identity()));
	}

	public Connector forName(String name) {
		Connector connector = this.byName.get(name);
		if (connector == null) {
			throw new IllegalStateException("No connector named " + name);
		}
		return connector;
	}

}
