import { Breadcrumb, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

type Props = {
  title: ReactNode;
  subTitle?: ReactNode;
  breadcrumb?: { title: ReactNode }[];
  extra?: ReactNode;
  children: ReactNode;
};

/** The header band of a page (ant-design-pro PageContainer): breadcrumb, title, actions. */
export function PageContainer({ title, subTitle, breadcrumb, extra, children }: Props) {
  return (
    <>
      <div
        style={{
          background: 'var(--ant-color-bg-container, #fff)',
          padding: '16px 24px',
          marginBottom: 16,
          borderRadius: 8,
        }}
      >
        {breadcrumb && <Breadcrumb items={breadcrumb} style={{ marginBottom: 8 }} />}
        <Flex align="center" justify="space-between" gap={16} wrap>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {subTitle && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
          </div>
          {extra && <Flex gap={8}>{extra}</Flex>}
        </Flex>
      </div>
      {children}
    </>
  );
}
