package io.ponte.banking;

import io.ponte.api.Filter;
import io.ponte.api.RawJson;
import io.ponte.api.Resource;
import io.ponte.connectors.ResourceKind;
import java.util.List;

/**
 * Everything the shared retrieval, storage and list code needs to serve one banking resource: its route, the
 * connector resource it comes from, its table and rendering view, the columns its filters read, and the account
 * its items belong to, when they do. A new resource costs a migration and one of these.
 *
 * @param path the collection route, e.g. {@code /api/transactions/}
 * @param reference the stored resource the items belong to (their account, an investment), or null
 * @param accountParameter the retrieval body key that narrows it to one account ({@code account}), or null
 * @param dates whether retrieval takes {@code date_from}/{@code date_to}
 * @param listRequiresLink whether the list needs the {@code link} filter (as the spec says for some resources)
 * @param resumable whether {@code PATCH} on the collection resumes an MFA session
 * @param deletable whether items can be deleted one by one
 */
record StoredResource(String path, ResourceKind kind, String table, String view, String orderBy,
		List<Column> columns, Reference reference, String accountParameter, DateWindow dates, boolean listRequiresLink, boolean resumable,
		boolean deletable, List<Filter> filters) implements io.ponte.api.ApiCollection {

	@Override
	public String name() {
		return this.path.substring(this.path.indexOf('/', 1) + 1, this.path.length() - 1).replace('/', '_');
	}

	/**
	 * Items that belong to another stored item: the document names it by the institution's identification in
	 * {@code field}; the table keeps the server id in {@code column}, and the rendering view puts the referenced
	 * object (or id) back in the response.
	 */
	record Reference(String field, StoredResource target, String column) {
	}

	enum DateWindow {

		NONE, REQUIRED, OPTIONAL

	}

	Resource<RawJson> listing() {
		return Resource.of(this.view, this.orderBy, (rs, row) -> new RawJson(rs.getString("body")), this.filters)
			.selecting("rendered as body");
	}

}
