-- The open catalogue pages through public datasets in id order (JpaCatalogueRepository): the
-- first id of page N is found on this index alone, then a page of rows is read from there.
CREATE INDEX ix_dataset_confidentiality_id ON dataset (confidentiality, id);
