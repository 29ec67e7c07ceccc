package org.ddmsportal.web.countries;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.ddmsportal.application.reference.ReferenceService;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/countries/list: the countries with their ISO codes and names in three languages. */
@Named
@ViewScoped
public class CountryListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceService reference;

    @Getter private ServiceLazyModel<Country> model;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(reference::countries, Country::getAlpha2);
    }
}
