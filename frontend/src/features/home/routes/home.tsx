import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { navigation, townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { useTownshipCode, useTownshipName, useTownships } from '@/lib/session';

import { DeadlinesPanel } from '../components/deadlines-panel';

/** A township's start page: a welcome, the deadlines radar and the areas. */
export default function HomeRoute() {
  const { t } = useTranslation();
  const township = useTownshipCode();
  const townships = useTownships();
  const nameOf = useTownshipName();
  const access = useAccess(township);
  const name = nameOf(townships.data?.find((candidate) => candidate.code === township));
  const areas = navigation.filter((item) => item.path && (!item.visible || item.visible(access)));

  return (
    <PageContainer title={t('nav.home')}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.welcome', { township: name })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('home.intro')}
        </Typography.Paragraph>
      </Card>
      {access.canRead && <DeadlinesPanel township={township} />}
      <Typography.Title level={5} style={{ margin: '24px 0 12px' }}>
        {t('home.areas')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {areas.map((item) => (
          <Col key={item.key} xs={24} sm={12} lg={8}>
            <Link to={townshipPath(township, item.path)}>
              <Card hoverable>
                <Card.Meta
                  avatar={<span style={{ fontSize: 28, color: '#1677ff' }}>{item.icon}</span>}
                  title={
                    <span>
                      {t(item.labelKey)} <RightOutlined style={{ fontSize: 12 }} />
                    </span>
                  }
                  description={item.descriptionKey ? t(item.descriptionKey) : undefined}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </PageContainer>
  );
}
