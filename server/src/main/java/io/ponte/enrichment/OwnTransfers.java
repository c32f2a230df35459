package io.ponte.enrichment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Money moved between the user's own accounts is neither income nor an expense: a debit on one account matched
 * by a credit of the same amount on another within three days (a card bill paid from checking, a transfer to
 * savings), or a description in the vocabulary banks use for such moves.
 */
public final class OwnTransfers {

	private static final List<String> WORDS = List.of("TRANSF DA CONTA", "TRANSF PARA CONTA", "TRASPASO",
			"PAGAMENTO RECEBIDO", "PAGO RECIBIDO", "PAGAMENTO FATURA", "PAGO TARJETA", "PAGO DE TARJETA",
			"APLICACAO", "RESGATE", "POUPANCA", "INVERSION", "ENTRE CUENTAS", "MESMA TITULARIDADE");

	private OwnTransfers() {
	}

	/** The ids of the movements that are transfers between the user's own accounts. */
	public static Set<String> among(List<Movement> movements) {
		Set<String> own = new HashSet<>();
		for (int i = 0; i < movements.size(); i++) {
			Movement a = movements.get(i);
			if (WORDS.stream().anyMatch(a.key()::contains)) {
				own.add(a.id());
				continue;
			}
			for (int j = i + 1; j < movements.size(); j++) {
				Movement b = movements.get(j);
				if (b.date().isAfter(a.date().plusDays(3))) {
					break;
				}
				if (a.inflow() != b.inflow() && !a.account().equals(b.account())
						&& Math.abs(a.amount() - b.amount()) < 0.005 && !own.contains(b.id())) {
					own.add(a.id());
					own.add(b.id());
					break;
				}
			}
		}
		return own;
	}

}
