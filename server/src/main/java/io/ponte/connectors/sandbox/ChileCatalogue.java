package io.ponte.connectors.sandbox;

import java.util.List;

/**
 * Chile's local colour for sandbox taxpayers: names in frequency order, comunas with the SII regional office
 * that serves them, lines of business from the SII's activity nomenclature, trade names of counterparties and
 * the banks that report debts to the CMF.
 */
final class ChileCatalogue {

	/** A comuna, its region and the SII regional office (Dirección Regional) where its taxpayers are filed. */
	record Comuna(String name, String region, String office, int weight) {
	}

	/**
	 * A line of business (giro) by its SII code. {@code vatAffected} false: exempt services, invoiced with
	 * facturas exentas (34); {@code consumers}: it sells mostly to the public, with boletas (39) summarized each
	 * month; {@code monthlySales}: a typical month's sales in pesos.
	 */
	record Activity(String code, String description, boolean vatAffected, boolean consumers, long monthlySales) {
	}

	static final List<String> FEMALE = List.of("María", "Javiera", "Constanza", "Catalina", "Francisca",
			"Valentina", "Camila", "Fernanda", "Daniela", "Carolina", "Paula", "Antonia", "Isidora", "Josefa",
			"Macarena", "Carla", "Andrea", "Claudia", "Patricia", "Verónica", "Alejandra", "Marcela", "Paola",
			"Lorena", "Gabriela", "María José", "María Paz", "María Ignacia");

	static final List<String> MALE = List.of("José", "Juan", "Luis", "Carlos", "Jorge", "Cristián", "Rodrigo",
			"Felipe", "Sebastián", "Matías", "Diego", "Nicolás", "Benjamín", "Vicente", "Tomás", "Francisco", "Pablo",
			"Andrés", "Gonzalo", "Ignacio", "Mauricio", "Claudio", "Patricio", "Manuel", "Alejandro", "Juan Pablo",
			"José Miguel", "Juan Carlos");

	/** Most common first. */
	static final List<String> SURNAMES = List.of("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto",
			"Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández",
			"Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Ramírez", "Reyes", "Gutiérrez",
			"Castro", "Vargas", "Álvarez", "Vásquez", "Tapia", "Fernández", "Sánchez", "Carrasco", "Gómez", "Cortés",
			"Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa");

	static final List<Comuna> COMUNAS = List.of(
			new Comuna("Santiago", "Región Metropolitana", "Dirección Regional Santiago Centro", 40),
			new Comuna("Providencia", "Región Metropolitana", "Dirección Regional Santiago Oriente", 25),
			new Comuna("Las Condes", "Región Metropolitana", "Dirección Regional Santiago Oriente", 30),
			new Comuna("Ñuñoa", "Región Metropolitana", "Dirección Regional Santiago Oriente", 22),
			new Comuna("La Florida", "Región Metropolitana", "Dirección Regional Santiago Sur", 36),
			new Comuna("Puente Alto", "Región Metropolitana", "Dirección Regional Santiago Sur", 56),
			new Comuna("Maipú", "Región Metropolitana", "Dirección Regional Santiago Poniente", 52),
			new Comuna("Valparaíso", "Región de Valparaíso", "Dirección Regional Valparaíso", 30),
			new Comuna("Viña del Mar", "Región de Valparaíso", "Dirección Regional Valparaíso", 33),
			new Comuna("Concepción", "Región del Biobío", "Dirección Regional Concepción", 22),
			new Comuna("Temuco", "Región de La Araucanía", "Dirección Regional Temuco", 28),
			new Comuna("Antofagasta", "Región de Antofagasta", "Dirección Regional Antofagasta", 36),
			new Comuna("La Serena", "Región de Coquimbo", "Dirección Regional La Serena", 22),
			new Comuna("Rancagua", "Región del Libertador General Bernardo O'Higgins", "Dirección Regional Rancagua",
					24),
			new Comuna("Puerto Montt", "Región de Los Lagos", "Dirección Regional Puerto Montt", 25));

	static final List<String> STREETS = List.of("Av. Libertador Bernardo O'Higgins", "Av. Providencia",
			"Av. Apoquindo", "Av. Irarrázaval", "Av. Vicuña Mackenna", "Los Carrera", "Av. Pedro de Valdivia",
			"Av. Alemania", "Arturo Prat", "Av. Colón", "San Martín", "Av. Grecia", "Merced", "Av. Matta", "Maipú",
			"Manuel Rodríguez", "Freire", "Av. Los Leones", "Balmaceda", "Av. España");

	static final List<Activity> ACTIVITIES = List.of(
			new Activity("620200",
					"ACTIVIDADES DE CONSULTORIA DE INFORMATICA Y DE GESTION DE INSTALACIONES INFORMATICAS", true, false,
					4_800_000),
			new Activity("702000", "ACTIVIDADES DE CONSULTORIA DE GESTION", true, false, 3_600_000),
			new Activity("731001", "SERVICIOS DE PUBLICIDAD PRESTADOS POR EMPRESAS", true, false, 3_200_000),
			new Activity("433000", "TERMINACION Y ACABADO DE EDIFICIOS", true, false, 6_500_000),
			new Activity("492300", "TRANSPORTE DE CARGA POR CARRETERA", true, false, 7_200_000),
			new Activity("561000", "ACTIVIDADES DE RESTAURANTES Y DE SERVICIO MOVIL DE COMIDAS", true, true,
					9_500_000),
			new Activity("479100", "VENTA AL POR MENOR POR CORREO, POR INTERNET Y VIA TELEFONICA", true, true,
					5_400_000),
			new Activity("854900", "OTROS TIPOS DE ENSEÑANZA N.C.P.", false, false, 2_400_000));

	static final List<String> TRADE_PREFIXES = List.of("Comercial", "Distribuidora", "Inversiones", "Servicios",
			"Constructora", "Transportes", "Importadora", "Sociedad", "Agrícola", "Consultora", "Ingeniería",
			"Tecnologías");

	static final List<String> TRADE_CORES = List.of("Los Andes", "del Pacífico", "Austral", "Valle Central",
			"Cordillera", "San Cristóbal", "Patagonia", "Atacama", "Biobío", "Maipo", "Aconcagua", "La Frontera",
			"del Sur", "Araucanía", "Lo Valledor", "Mapocho", "Tierra del Fuego", "Llanquihue", "Elqui", "Rapel");

	static final List<String> TRADE_SUFFIXES = List.of("SpA", "Ltda.", "S.A.", "E.I.R.L.");

	/** Banks reporting debts to the CMF, as they appear in its debt report. */
	static final List<String> BANKS = List.of("Banco de Chile", "Banco Santander-Chile", "Banco del Estado de Chile",
			"Banco de Crédito e Inversiones", "Scotiabank Chile", "Banco Itaú Chile", "Banco Security",
			"Banco Falabella", "Banco Ripley", "Banco Consorcio", "Banco BICE");

	private ChileCatalogue() {
	}

}
