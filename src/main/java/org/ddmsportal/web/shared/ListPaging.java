package org.ddmsportal.web.shared;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import java.util.List;
import java.util.Map;

/**
 * {@code <ddms:paging/>}, the first child of a {@code p:dataTable}: the portal's paginator — 20 rows,
 * page report and links at the bottom, rows-per-page choices (attribute {@code rowsPerPage}, default
 * {@value #ROWS_PER_PAGE}; empty for none), the translated "nothing found" and page report, and a
 * 400 ms pause before a column filter runs. One place instead of seven attributes on every table.
 *
 * <p>A tag handler rather than a tag file: a tag file cannot set attributes on the component it is
 * nested in. It sets them while the table is built, after the table's own attributes, exactly as
 * if they had been written on the table.
 */
public class ListPaging extends TagHandler {

    static final String ROWS_PER_PAGE = "10,20,50,100";
    static final String TEMPLATE = "{CurrentPageReport} {FirstPageLink} {PreviousPageLink} {PageLinks} {NextPageLink} {LastPageLink}";

    private final TagAttribute rowsPerPage;

    public ListPaging(TagConfig config) {
        super(config);
        rowsPerPage = getAttribute("rowsPerPage");
    }

    @Override
    public void apply(FaceletContext ctx, UIComponent table) {
        if (!ComponentHandler.isNew(table)) {
            return;
        }
        String choices = rowsPerPage == null ? ROWS_PER_PAGE : rowsPerPage.getValue(ctx);
        Map<String, Object> attributes = table.getAttributes();
        attributes.put("paginator", true);
        attributes.put("rows", rows(ctx, choices));
        attributes.put("paginatorPosition", "bottom");
        attributes.put("filterDelay", 400);
        table.setValueExpression("emptyMessage", text(ctx, "#{msg['list.empty']}"));
        table.setValueExpression("currentPageReportTemplate", text(ctx, "#{msg['list.pageReport']}"));
        if (choices == null || choices.isBlank()) {
            attributes.put("paginatorTemplate", TEMPLATE);
        } else {
            attributes.put("rowsPerPageTemplate", choices);
            attributes.put("paginatorTemplate", TEMPLATE + " {RowsPerPageDropdown}");
        }
    }

    /**
     * The rows a page: the address's ({@code rows=50}, {@link ListAddress#ROWS}) when it is one of
     * the paginator's choices, so a shared link opens with the rows and page it was copied at; else
     * the usual {@value ServiceLazyModel#DEFAULT_ROWS}. A page changed since is the table's state.
     */
    private static int rows(FaceletContext ctx, String choices) {
        if (choices == null || choices.isBlank()) {
            return ServiceLazyModel.DEFAULT_ROWS;
        }
        Integer asked = ListAddress.rowsPerPage(
                ctx.getFacesContext().getExternalContext().getRequestParameterMap().get(ListAddress.ROWS));
        return asked != null && List.of(choices.split(",")).contains(asked.toString()) ? asked : ServiceLazyModel.DEFAULT_ROWS;
    }

    private static ValueExpression text(FaceletContext ctx, String expression) {
        return ctx.getExpressionFactory().createValueExpression(ctx, expression, String.class);
    }
}
