package io.ponte.connectors.sandbox;

import java.util.List;

/**
 * Who sandbox customers are: common given names of people born between 1960 and 2005, surnames in real frequency
 * order (most common first, so draws can be skewed toward the head) and the e-mail providers people really use.
 */
final class Names {

	/** An e-mail domain and its relative share of personal addresses. */
	record EmailDomain(String domain, int weight) {
	}

	private static final List<String> BR_FEMALE = List.of("Maria", "Ana", "Francisca", "Antônia", "Adriana",
			"Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra", "Camila", "Amanda", "Bruna", "Jéssica",
			"Letícia", "Júlia", "Luciana", "Vanessa", "Mariana", "Gabriela", "Vera", "Vitória", "Larissa", "Cláudia",
			"Beatriz", "Rita", "Luana", "Sônia", "Renata", "Eliane", "Simone", "Daniela", "Carla", "Tatiane",
			"Raquel", "Natália", "Débora", "Cristiane", "Priscila", "Rafaela", "Thaís", "Isabela", "Viviane",
			"Roberta", "Ana Paula", "Maria Eduarda", "Ana Clara", "Maria Clara", "Ana Carolina");

	private static final List<String> BR_MALE = List.of("José", "João", "Antônio", "Francisco", "Carlos", "Paulo",
			"Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo",
			"Felipe", "Raimundo", "Rodrigo", "Manoel", "Mateus", "André", "Fernando", "Fábio", "Leonardo", "Gustavo",
			"Guilherme", "Leandro", "Tiago", "Anderson", "Ricardo", "Márcio", "Jorge", "Alexandre", "Roberto", "Diego",
			"Sérgio", "Vitor", "Júlio", "Renato", "Igor", "Vinícius", "João Pedro", "João Vitor", "Luiz Carlos",
			"José Carlos", "Carlos Eduardo", "Luiz Fernando");

	private static final List<String> BR_SURNAMES = List.of("Silva", "Santos", "Oliveira", "Souza", "Rodrigues",
			"Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida",
			"Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira",
			"Nunes", "Marques", "Machado", "Mendes", "Freitas", "Cardoso", "Ramos", "Gonçalves", "Santana",
			"Teixeira", "Araújo", "Pinto", "Correia", "Cavalcanti", "Monteiro", "Moura", "Batista", "Campos",
			"Borges", "Melo", "Reis", "Castro", "Barros", "Rezende", "Azevedo", "Miranda", "Cunha", "Medeiros",
			"Farias", "Pires");

	private static final List<String> MX_FEMALE = List.of("María", "Guadalupe", "Juana", "Margarita", "Verónica",
			"Leticia", "Patricia", "Alejandra", "Gabriela", "Adriana", "Elizabeth", "Claudia", "Martha", "Silvia",
			"Araceli", "Maribel", "Yolanda", "Laura", "Diana", "Mónica", "Karla", "Norma", "Sandra", "Andrea",
			"Daniela", "Fernanda", "Mariana", "Valeria", "Ximena", "Sofía", "Camila", "Paola", "Ana", "Lucía",
			"Brenda", "Itzel", "Karen", "Jessica", "Alondra", "Regina", "Rocío", "Isabel", "Teresa", "Carmen",
			"Lorena", "María José", "María Fernanda", "Ana Karen", "Luz María", "Rosa María");

	private static final List<String> MX_MALE = List.of("José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Jorge",
			"Francisco", "Antonio", "Alejandro", "Pedro", "Manuel", "Ricardo", "Roberto", "Fernando", "Eduardo",
			"Javier", "Daniel", "Sergio", "Arturo", "Rafael", "Raúl", "Héctor", "Óscar", "Mario", "Víctor", "Enrique",
			"Alberto", "Martín", "Gerardo", "Diego", "Santiago", "Emiliano", "Leonardo", "Ángel", "Iván", "Omar",
			"Jaime", "Hugo", "Rodrigo", "José Luis", "Juan Carlos", "Miguel Ángel", "José Antonio", "Luis Fernando",
			"Juan Manuel", "Francisco Javier", "Jesús Alberto");

	private static final List<String> MX_SURNAMES = List.of("Hernández", "García", "Martínez", "López", "González",
			"Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes",
			"Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo",
			"Romero", "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina",
			"Castro", "Vargas", "Guzmán", "Velázquez", "Muñoz", "Rojas", "Contreras", "Salazar", "Luna", "De la Cruz",
			"Ortega", "Guerrero", "Santiago", "Estrada", "Bautista", "Cortés", "Soto", "Alvarado", "Espinoza",
			"Lara");

	private static final List<EmailDomain> BR_EMAIL = List.of(new EmailDomain("gmail.com", 62),
			new EmailDomain("hotmail.com", 15), new EmailDomain("outlook.com", 6), new EmailDomain("yahoo.com.br", 5),
			new EmailDomain("icloud.com", 5), new EmailDomain("uol.com.br", 3), new EmailDomain("bol.com.br", 2),
			new EmailDomain("terra.com.br", 2));

	private static final List<EmailDomain> MX_EMAIL = List.of(new EmailDomain("gmail.com", 58),
			new EmailDomain("hotmail.com", 22), new EmailDomain("outlook.com", 7), new EmailDomain("yahoo.com.mx", 4),
			new EmailDomain("icloud.com", 5), new EmailDomain("live.com.mx", 3), new EmailDomain("prodigy.net.mx", 1));

	private Names() {
	}

	static List<String> femaleNames(Country country) {
		return (country == Country.BR) ? BR_FEMALE : MX_FEMALE;
	}

	static List<String> maleNames(Country country) {
		return (country == Country.BR) ? BR_MALE : MX_MALE;
	}

	/** Most common first. */
	static List<String> surnames(Country country) {
		return (country == Country.BR) ? BR_SURNAMES : MX_SURNAMES;
	}

	static List<EmailDomain> emailDomains(Country country) {
		return (country == Country.BR) ? BR_EMAIL : MX_EMAIL;
	}

}
