import { GlobalOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { publicPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { filter, useListSearch } from '@/lib/list-search';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useInspectionItems } from '../api/items';
import { FilterBar } from '../components/filter-bar';
import { InspectionTabs } from '../components/inspection-tabs';
import { ItemDrawer, type ItemDrawerTarget } from '../components/item-drawer';
import { ItemPublishModal } from '../components/item-publish-modal';
import { ItemsTable } from '../components/items-table';
import {
  departments,
  enforcementFields,
  itemSortable,
  methods,
  type InspectionItem,
} from '../types';

/** 涉企行政检查事项清单: the items an enterprise may be inspected under (清单之外无检查). */
export default function InspectionItemsRoute() {
  const { t } = useTranslation('inspections');
  const township = useTownshipCode();
  const access = useAccess(township);
  const [drawer, setDrawer] = useState<ItemDrawerTarget | null>(null);
  const [publishing, setPublishing] = useState<InspectionItem | null>(null);
  const search = useListSearch({
    filters: {
      field: filter.oneOf(enforcementFields),
      method: filter.oneOf(methods),
      department: filter.oneOf(departments),
      published: filter.boolean,
      q: filter.text,
    },
    sortable: itemSortable,
    defaultSort: { field: 'code', order: 'asc' },
  });
  const items = useInspectionItems(township, search.params);

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <>
          <a href={publicPath(township, 'inspection-items')} target="_blank" rel="noreferrer">
            <Button icon={<GlobalOutlined />}>{t('publicLink')}</Button>
          </a>
          <Access accessible={access.canKeepRegisters}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ mode: 'create' })}
            >
              {t('items.create')}
            </Button>
          </Access>
        </>
      }
    >
      <InspectionTabs township={township} active="items">
        <FilterBar
          values={search.filters}
          onChange={search.setFilters}
          booleans={['published']}
          selects={[
            {
              key: 'field',
              label: t('filters.field'),
              width: 170,
              options: enforcementFields.map((value) => ({ value, label: t(`field.${value}`) })),
            },
            {
              key: 'method',
              label: t('filters.method'),
              width: 160,
              options: methods.map((value) => ({ value, label: t(`method.${value}`) })),
            },
            {
              key: 'department',
              label: t('filters.department'),
              options: departments.map((value) => ({ value, label: t(`department.${value}`) })),
            },
            {
              key: 'published',
              label: t('filters.published'),
              width: 120,
              options: [
                { value: 'true', label: t('filters.publishedOnly') },
                { value: 'false', label: t('filters.notPublished') },
              ],
            },
          ]}
          search={{ key: 'q', placeholder: t('filters.itemSearch') }}
        />
        {items.isError && <ProblemAlert error={items.error} style={{ marginBottom: 16 }} />}
        <ItemsTable
          page={items.data}
          loading={items.isFetching}
          sort={search.sort}
          access={access}
          onPageChange={search.setPage}
          onSortChange={search.setSort}
          onEdit={(item) => setDrawer({ mode: 'edit', id: item.id })}
          onPublish={setPublishing}
        />
      </InspectionTabs>
      {drawer && <ItemDrawer township={township} target={drawer} onClose={() => setDrawer(null)} />}
      {publishing && (
        <ItemPublishModal
          township={township}
          item={publishing}
          onClose={() => setPublishing(null)}
        />
      )}
    </PageContainer>
  );
}
